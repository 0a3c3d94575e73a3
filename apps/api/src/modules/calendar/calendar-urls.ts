/**
 * Absolute addresses of the calendar files. They are served by the API under `/calendar`, on the
 * portal's public URL (one process serves the web app, the API and the feeds; the dev server proxies them).
 */
export const calendarUrls = {
  event: (publicUrl: string, eventId: string) => `${publicUrl}/calendar/events/${eventId}.ics`,
  all: (publicUrl: string) => `${publicUrl}/calendar/all.ics`,
  month: (publicUrl: string, monthId: string) => `${publicUrl}/calendar/months/${monthId}.ics`,
  region: (publicUrl: string, region: string) => `${publicUrl}/calendar/regions/${encodeURIComponent(region)}.ics`,
  mine: (publicUrl: string, token: string) => `${publicUrl}/calendar/me/${token}.ics`,
};

/** The event's page in the web app: every calendar entry links back to it. */
export function eventPageUrl(publicUrl: string, eventId: string): string {
  return `${publicUrl}/events/${eventId}`;
}

/** A request path with the private feed's secret blanked out, for logs. */
export function withoutFeedSecret(url: string): string {
  return url.replace(/^\/calendar\/me\/[^/?#]+/, '/calendar/me/[secret]');
}
