import { canonicalTimeZone } from '@liblab/domain';

/**
 * Wall clocks in IANA time zones, for events: the API stores instants plus the zone the event happens in;
 * the form edits the wall-clock time in that zone, and pages show both the viewer's and the event's time.
 * Only `Intl` is used, so daylight-saving rules are the browser's own.
 */

/** A `datetime-local` value: `2026-03-29T18:00`. */
export type WallClock = string;

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

function wallParts(instant: number, timeZone: string): Record<string, string> {
  return Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `local`, or null for a malformed value or zone.
 * Two passes settle the offset across a daylight-saving change (the same rule as the API's demo seed); a
 * time skipped by the spring change lands one hour later, as clocks do.
 */
export function wallClockToInstant(local: WallClock, timeZone: string): Date | null {
  const match = WALL_CLOCK.exec(local);
  if (!match || !canonicalTimeZone(timeZone)) return null;
  const [, y, m, d, h, min] = match.map(Number);
  const wall = Date.UTC(y, m - 1, d, h, min);
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** The wall clock in `timeZone` at an instant, as a `datetime-local` value. */
export function instantToWallClock(instant: string | Date, timeZone: string): WallClock {
  const p = wallParts(new Date(instant).getTime(), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The viewer's own zone (what the browser says), canonical; UTC if the browser says nothing usable. */
export function browserTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (zone && canonicalTimeZone(zone)) || 'UTC';
}

/** Whether two zone names are one zone (`Europe/Kiev` and `Europe/Kyiv` are). */
export function sameZone(a: string, b: string): boolean {
  return (canonicalTimeZone(a) ?? a) === (canonicalTimeZone(b) ?? b);
}

/**
 * The zones a person may choose: the runtime's list, with the given extra zones (the browser's, the
 * event's own) added if the list lacks them. Sorted by name.
 */
export function timeZoneNames(extra: readonly string[] = []): string[] {
  const listed: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...listed, 'UTC', ...extra])].filter((zone) => canonicalTimeZone(zone) !== null).sort((a, b) => a.localeCompare(b));
}

/** "Europe/Oslo" reads better as "Europe/Oslo" than with underscores: "America/New York". */
export function zoneLabel(timeZone: string): string {
  return timeZone.replace(/_/g, ' ');
}
