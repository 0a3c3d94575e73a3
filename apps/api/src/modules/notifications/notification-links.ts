/**
 * Where the web shows things, for links in mail. The web's routes: a question page, an inspiration
 * page, an event page and the notification settings.
 */
export function contentPageLink(publicUrl: string, page: { id: string; kind: string }): string {
  return `${publicUrl}/${page.kind === 'question' ? 'questions' : 'inspirations'}/${page.id}`;
}

export function eventPageLink(publicUrl: string, eventId: string): string {
  return `${publicUrl}/events/${eventId}`;
}

export function notificationSettingsLink(publicUrl: string): string {
  return `${publicUrl}/settings/notifications`;
}
