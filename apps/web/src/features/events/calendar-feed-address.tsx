import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * `webcal:` is the scheme calendar apps register for subscriptions (Apple Calendar, Outlook): following it
 * subscribes rather than downloading the file once. The app fetches the same host and path.
 */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/** Public files take `?lang=` for the few words they add (the calendar's name, "Online"); English otherwise. */
export function feedInLanguage(url: string, language: string | undefined): string {
  if (!language) return url;
  const withLanguage = new URL(url);
  withLanguage.searchParams.set('lang', language);
  return withLanguage.toString();
}

export interface CalendarFeedAddressProps {
  url: string;
  /** Names the address field (and, after "Copy address: ", the copy button). */
  label: string;
  /** The `webcal:` link's text: "Subscribe to this month's calendar". */
  subscribeLabel: string;
  description?: ReactNode;
}

/**
 * A calendar feed's address: a subscribe link for calendar apps, the address itself (read-only, selected on
 * focus, for Google Calendar's "From URL") and a copy button. Copying is said in a polite live region, and
 * so is a refusal (an insecure page or a denied permission), which Mantine's CopyButton would not report.
 */
export function CalendarFeedAddress({ url, label, subscribeLabel, description }: CalendarFeedAddressProps) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 4000 });
  return (
    <Stack gap="xs">
      <TextInput label={label} description={description} value={url} readOnly onFocus={(event) => event.currentTarget.select()} />
      <Group gap="sm" wrap="wrap">
        <Button component="a" href={webcalUrl(url)}>
          {subscribeLabel}
        </Button>
        <Button variant="default" onClick={() => clipboard.copy(url)} aria-label={t('calendar.address.copyLabel', { name: label })}>
          {t('calendar.address.copy')}
        </Button>
        <Text size="sm" role="status" aria-live="polite" c={clipboard.error ? 'red.9' : undefined}>
          {clipboard.error ? t('calendar.address.copyFailed') : clipboard.copied ? t('calendar.address.copied') : ''}
        </Text>
      </Group>
    </Stack>
  );
}
