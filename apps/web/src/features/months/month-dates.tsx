import { useTranslation } from 'react-i18next';
import { formatDateRange } from './month-time';

/** A month's start and end as one range ("1–31 May 2026"), in the viewer's zone and language. */
export function MonthDates({ startsAt, endsAt, withTime = false }: { startsAt: string; endsAt: string; withTime?: boolean }) {
  const { i18n } = useTranslation();
  return <>{formatDateRange(startsAt, endsAt, i18n.resolvedLanguage ?? 'en', withTime)}</>;
}
