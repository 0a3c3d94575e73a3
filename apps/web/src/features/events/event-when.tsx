import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, sameZone, zoneLabel } from './zoned-time';

function rangeFormat(language: string, timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { timeZone, ...(withDate ? { dateStyle: 'medium' } : {}), timeStyle: 'short' });
}

function dayIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export interface EventWhenProps extends TextProps {
  startsAt: string;
  endsAt: string;
  /** The event's own zone. */
  timeZone: string;
}

/**
 * When an event happens, in the viewer's zone and, if the event is elsewhere, in its own:
 * "12 Mar 2026, 18:00–20:00 your time · 18:00–20:00 Europe/Oslo". The event's time repeats the date only
 * when its day differs from the viewer's.
 */
export function EventWhen({ startsAt, endsAt, timeZone, ...textProps }: EventWhenProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const viewerZone = browserTimeZone();
  const yours = rangeFormat(language, viewerZone, true).formatRange(start, end);
  if (sameZone(viewerZone, timeZone)) {
    return (
      <Text {...textProps}>
        <time dateTime={start.toISOString()}>{yours}</time> ({zoneLabel(timeZone)})
      </Text>
    );
  }
  const sameDays = dayIn(start, viewerZone) === dayIn(start, timeZone) && dayIn(end, viewerZone) === dayIn(end, timeZone);
  const theirs = rangeFormat(language, timeZone, !sameDays).formatRange(start, end);
  return (
    <Text {...textProps}>
      <time dateTime={start.toISOString()}>{t('events.when.yours', { range: yours })}</time>
      {' · '}
      {t('events.when.inZone', { range: theirs, zone: zoneLabel(timeZone) })}
    </Text>
  );
}

/** One instant (a deadline, a session's start) in the viewer's zone, with the event's zone when it differs. */
export function EventInstant({ value, timeZone }: { value: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const date = new Date(value);
  const viewerZone = browserTimeZone();
  const yours = new Intl.DateTimeFormat(language, { timeZone: viewerZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  if (sameZone(viewerZone, timeZone)) return <time dateTime={date.toISOString()}>{yours}</time>;
  const theirs = new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return (
    <>
      <time dateTime={date.toISOString()}>{t('events.when.yours', { range: yours })}</time>
      {' · '}
      {t('events.when.inZone', { range: theirs, zone: zoneLabel(timeZone) })}
    </>
  );
}
