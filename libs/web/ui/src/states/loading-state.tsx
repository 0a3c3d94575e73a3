import { Center, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadingStateProps {
  /** What is loading, read out by screen readers; defaults to "Loading…". */
  label?: string;
}

/** A polite live region with a spinner, for data that is on its way. */
export function LoadingState({ label }: LoadingStateProps) {
  const { t } = useTranslation('ui');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{label ?? t('loading')}</Text>
      </Group>
    </Center>
  );
}
