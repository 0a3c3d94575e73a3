import { useTranslation } from 'react-i18next';

export interface FormattedDateProps {
  /** ISO date-time from the API. */
  value: string;
  /** Include the time of day. */
  withTime?: boolean;
}

/** A date in the viewer's own time zone and language, with the exact instant in `datetime`. */
export function FormattedDate({ value, withTime }: FormattedDateProps) {
  const { i18n } = useTranslation();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  });
  return <time dateTime={date.toISOString()}>{format.format(date)}</time>;
}
