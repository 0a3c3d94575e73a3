/**
 * Venue, address and city as one line ("Fredrikstad bibliotek, Kirkegata 2, 1606 Fredrikstad"); the city
 * is left out when the address already names it. Null when the event has no place (webinars).
 */
export function eventPlace(event: { venue: string | null; address: string | null; city: string | null }): string | null {
  const parts = [event.venue, event.address].filter((p): p is string => !!p);
  if (event.city && !parts.some((p) => p.toLowerCase().includes(event.city!.toLowerCase()))) parts.push(event.city);
  return parts.length ? parts.join(', ') : null;
}
