/**
 * Time as the months pages say it: durations in words ("2 days, 4 hours"), date ranges in the viewer's own
 * time zone, and the `datetime-local` inputs of the month form (which hold the viewer's wall-clock time).
 */

function unit(value: number, name: 'day' | 'hour' | 'minute', language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
}

/**
 * Minutes in words, to the two largest units that matter: "45 minutes", "3 hours, 20 minutes", "2 days, 4 hours".
 * Under a minute gives null, so the caller can say "less than a minute" in its own words.
 */
export function formatMinutes(minutes: number, language: string): string | null {
  const whole = Math.round(minutes);
  if (whole < 1) return null;
  const days = Math.floor(whole / (24 * 60));
  const hours = Math.floor((whole % (24 * 60)) / 60);
  const rest = whole % 60;
  const parts =
    days > 0
      ? [unit(days, 'day', language), hours > 0 ? unit(hours, 'hour', language) : null]
      : hours > 0
        ? [unit(hours, 'hour', language), rest > 0 ? unit(rest, 'minute', language) : null]
        : [unit(rest, 'minute', language)];
  return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(parts.filter((part): part is string => part !== null));
}

/** A promise in hours as people give it: "48 hours" (not "2 days"). */
export function formatHours(hours: number, language: string): string {
  return unit(hours, 'hour', language);
}

/** Minutes between two instants (ISO strings). */
export function minutesBetween(from: string, to: string): number {
  return (new Date(to).getTime() - new Date(from).getTime()) / 60_000;
}

/** The viewer's IANA time zone, e.g. "Europe/Warsaw". */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "3 – 31 May 2026" style ranges with times, in the viewer's zone and language. */
export function formatDateRange(startsAt: string, endsAt: string, language: string, withTime = true): string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An instant as a `datetime-local` value ("2026-05-01T09:00") in the viewer's zone; empty for none. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value, read as the viewer's wall-clock time, as an ISO instant; null if incomplete. */
export function fromLocalInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  // Without an offset, the Date constructor reads a date-time string as local time.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
