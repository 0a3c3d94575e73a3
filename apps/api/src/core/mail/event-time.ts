import type { Language } from '@liblab/domain';

const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', pl: 'pl-PL', sv: 'sv-SE', nb: 'nb-NO' };

/** An event's start in its own time zone, in the reader's language, with the zone named (e.g. "CEST"). */
export function eventTimeText(startsAt: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(startsAt);
}
