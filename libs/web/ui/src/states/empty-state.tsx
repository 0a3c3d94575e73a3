import { EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** E.g. a "Clear filters" button. */
  action?: ReactNode;
}

function ShelfIcon() {
  return (
    <svg width="40" height="40" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
      <path d="M4 4v16M9 4v16M14 6l4 14M3 20h18" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** What a list shows when it has nothing: says so plainly and offers the next step. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Paper withBorder p="xl" radius="md" role="status">
      <MantineEmptyState icon={<ShelfIcon />} title={title} description={description} withIndicatorBackground>
        {action ? <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions> : null}
      </MantineEmptyState>
    </Paper>
  );
}
