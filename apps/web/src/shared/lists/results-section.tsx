import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ResultsSectionProps {
  /** The heading's id, which names the section. */
  headingId: string;
  /** How many were found, or a plain "Results" until that is known. */
  heading: string;
  /** New results for changed filters are on their way (the old ones stay until then). */
  updating: boolean;
  children: ReactNode;
}

/** The results of a filtered list, under a heading that announces the count as it changes. */
export function ResultsSection({ headingId, heading, updating, children }: ResultsSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <div aria-live="polite">
          <Title order={2} size="h3" id={headingId}>
            {heading}
          </Title>
        </div>
        {updating ? (
          <Text size="sm" role="status">
            {t('directory.updating')}
          </Text>
        ) : null}
        {children}
      </Stack>
    </section>
  );
}
