import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title';

export interface PageHeaderProps {
  /** The page's one h1; also the tab title. */
  title: string;
  description?: ReactNode;
  /** Buttons on the right, e.g. "Add library". */
  actions?: ReactNode;
}

/** The top of every page: exactly one h1, an optional lead paragraph and actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap" gap="md">
      <Stack gap={4} maw={760}>
        <Title order={1} tabIndex={-1} data-page-heading>
          {title}
        </Title>
        {description ? <Text size="lg">{description}</Text> : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
