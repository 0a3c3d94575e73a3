/**
 * Events (meetups, webinars, conventions) and their registrations. Shared so the web's forms check what
 * the API checks and say the same thing.
 */

export const EVENT_KINDS = ['meetup', 'webinar', 'convention'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** `cancelled` rows are kept (history, attendance); a member may register again after cancelling. */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const EVENT_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  descriptionMax: 10_000,
  agendaMax: 10_000,
  venueMax: 200,
  addressMax: 300,
  roomMax: 100,
  speakersMax: 30,
  speakerNameMax: 120,
  sessionsMax: 100,
  capacityMax: 100_000,
  breakoutRoomsMax: 50,
  breakoutNameMax: 120,
  breakoutProjectMax: 200,
} as const;

/** Only conventions have per-project breakout rooms. */
export const EVENT_KINDS_WITH_BREAKOUT_ROOMS: readonly EventKind[] = ['convention'];

/** Questions can be asked at an event from its start until this many days after its end. */
export const EVENT_QUESTIONS_OPEN_DAYS = 7;

/**
 * Whether questions can be asked at the event now: it is not cancelled, has started, and ended less than
 * EVENT_QUESTIONS_OPEN_DAYS ago. Who may ask (confirmed registrants and organisers) is checked apart.
 */
export function eventQuestionsOpen(event: { status: string; startsAt: Date; endsAt: Date }, now: Date): boolean {
  return (
    event.status !== 'cancelled' &&
    event.startsAt.getTime() <= now.getTime() &&
    now.getTime() < event.endsAt.getTime() + EVENT_QUESTIONS_OPEN_DAYS * 24 * 60 * 60 * 1000
  );
}

/** Kinds that take place somewhere: they need a city (and usually a venue and an address). */
export const EVENT_KINDS_WITH_PLACE: readonly EventKind[] = ['meetup', 'convention'];

/** Only conventions have a programme of sessions. */
export const EVENT_KINDS_WITH_PROGRAMME: readonly EventKind[] = ['convention'];

const ZONE_NAME = /^(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/**
 * The IANA name of a time zone as the runtime knows it (e.g. `Europe/Warsaw`), or null when the name is
 * not a time zone. Offsets (`+01:00`) and abbreviations (`CET`) are refused: an event keeps its zone's
 * rules, daylight saving included.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!ZONE_NAME.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
