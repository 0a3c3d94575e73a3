import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { EventKind, EventStatus, Language } from '@liblab/domain';
import { eventPlace } from '../events/event-place.js';
import { eventPageUrl } from './calendar-urls.js';
import { ICS_LABELS, type IcsLabels } from './ics-labels.js';
import { vtimezone } from './vtimezone.js';

/** One event as a calendar entry needs it (read by CalendarFeedsService). */
export interface IcsEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  description: string;
  agenda: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  address: string | null;
  city: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  speakers: string[];
  sessions: { title: string; startsAt: Date; endsAt: Date; room: string | null; track: string | null }[];
  /** Private feed only: the member's own registration. */
  registration?: 'confirmed' | 'waitlisted';
  /** Private feed only, and only for a confirmed registrant of a scheduled webinar. Never in public files. */
  joinUrl?: string | null;
}

export interface IcsOptions {
  publicUrl: string;
  language: Language;
  /** Calendar name (X-WR-CALNAME) of a feed; none for a single event's file. */
  name?: string;
  /** Feeds ask clients to refresh hourly. */
  refreshSeconds?: number;
  /** Feeds keep each event's description and agenda to this many characters (the page has the rest). */
  textLimit?: number;
}

/**
 * An event's time as Luxon in its own zone: ical-generator then writes `DTSTART;TZID=<zone>:<local time>`.
 * (Given a native Date with a zone it would write the UTC clock time as the local one.)
 */
function zoned(instant: Date, timeZone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone: timeZone });
}

function localTime(instant: Date, timeZone: string): string {
  return zoned(instant, timeZone).toFormat('HH:mm');
}

function clip(text: string, limit: number | undefined): string {
  const trimmed = text.trim();
  return limit !== undefined && trimmed.length > limit ? `${trimmed.slice(0, limit).trimEnd()}…` : trimmed;
}

function descriptionOf(event: IcsEvent, t: IcsLabels, pageUrl: string, textLimit: number | undefined): string {
  const parts: string[] = [];
  if (event.registration === 'waitlisted') parts.push(t.waitlistNote);
  if (event.joinUrl) parts.push(`${t.join}: ${event.joinUrl}`);
  const description = clip(event.description, textLimit);
  const agenda = clip(event.agenda, textLimit);
  if (description) parts.push(description);
  if (agenda) parts.push(`${t.agenda}:\n${agenda}`);
  if (event.sessions.length) {
    const lines = event.sessions.map((s) =>
      [`${localTime(s.startsAt, event.timeZone)}–${localTime(s.endsAt, event.timeZone)} ${s.title}`, s.room, s.track]
        .filter(Boolean)
        .join(' · '),
    );
    parts.push(`${t.programme} (${event.timeZone}):\n${lines.join('\n')}`);
  }
  if (event.speakers.length) parts.push(`${t.speakers}: ${event.speakers.join(', ')}`);
  if (event.kind === 'webinar' && !event.joinUrl) parts.push(t.joinOnPage);
  parts.push(`${t.eventPage}: ${pageUrl}`);
  return parts.join('\n\n');
}

function statusOf(event: IcsEvent): ICalEventStatus {
  if (event.status === 'cancelled') return ICalEventStatus.CANCELLED;
  return event.registration === 'waitlisted' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

/**
 * An iCalendar (RFC 5545) file of events. Each VEVENT: UID `<event id>@<portal host>` (stable across
 * files and edits), DTSTART/DTEND in the event's own IANA zone with its VTIMEZONE (UTC only if the zone
 * has no block), SEQUENCE = the event's version, DTSTAMP and LAST-MODIFIED = its last change, STATUS
 * (CONFIRMED, CANCELLED, or TENTATIVE on the member's waitlist), SUMMARY, DESCRIPTION, LOCATION and URL
 * back to the event page.
 */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const t = ICS_LABELS[options.language];
  const host = new URL(options.publicUrl).hostname;
  const calendar: ICalCalendar = ical({
    prodId: { company: 'LibLab', product: 'events', language: options.language.toUpperCase() },
    name: options.name ?? null,
    ttl: options.refreshSeconds ?? null,
  });
  calendar.timezone({ name: null, generator: vtimezone });
  for (const event of events) {
    const withZone = vtimezone(event.timeZone) !== null;
    const pageUrl = eventPageUrl(options.publicUrl, event.id);
    const place = event.kind === 'webinar' ? (event.joinUrl ?? t.online) : eventPlace(event);
    calendar.createEvent({
      id: `${event.id}@${host}`,
      sequence: event.version,
      start: withZone ? zoned(event.startsAt, event.timeZone) : event.startsAt,
      end: withZone ? zoned(event.endsAt, event.timeZone) : event.endsAt,
      timezone: withZone ? event.timeZone : null,
      // Without METHOD, DTSTAMP is when the entry last changed (RFC 5545 3.8.7.2): the same file twice is the same bytes.
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
      summary: event.registration === 'waitlisted' ? `${event.title} (${t.waitlist})` : event.title,
      description: descriptionOf(event, t, pageUrl, options.textLimit),
      location: place,
      url: pageUrl,
      status: statusOf(event),
    });
  }
  return calendar.toString();
}
