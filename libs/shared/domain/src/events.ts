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
} as const;

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
