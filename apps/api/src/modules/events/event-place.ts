/**
 * Venue, address and city as one line ("Fredrikstad bibliotek, Kirkegata 2, Fredrikstad"), for calendars
 * and mail; the city is left out when the address already names it ("Rynek 58, 50-116 Wrocław"). Null
 * when the event has no place (webinars).
 */
export function eventPlace(event: { venue: string | null; address: string | null; city: string | null }): string | null {
  const parts = [event.venue, event.address].filter((p): p is string => !!p);
  if (event.city && !event.address?.toLowerCase().includes(event.city.toLowerCase())) parts.push(event.city);
  return parts.length ? parts.join(', ') : null;
}
