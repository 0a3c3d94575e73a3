import { useTranslation } from 'react-i18next';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago" in the interface language; "now" under a minute. */
export function formatRelative(date: Date, now: Date, language: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/**
 * How long ago something happened ("3 hours ago"), with the exact date and time in the viewer's own time
 * zone as the tooltip and in `datetime`.
 */
export function RelativeTime({ value }: { /** ISO date-time from the API. */ value: string }) {
  const { i18n } = useTranslation();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const language = i18n.resolvedLanguage ?? 'en';
  const exact = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {formatRelative(date, new Date(), language)}
    </time>
  );
}
