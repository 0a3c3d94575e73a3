import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

export interface LiveStatusProps {
  /** Nothing is shown (but the live region stays in place) while this is empty. */
  children?: ReactNode;
  title?: string;
}

/**
 * A polite live region that is always in the page, so screen readers hear the message that appears in
 * it (saved, sent, changed). Content is shown as a green notice.
 */
export function LiveStatus({ children, title }: LiveStatusProps) {
  return (
    <div role="status" aria-live="polite">
      {children ? (
        <Alert color="teal" variant="light" title={title}>
          {children}
        </Alert>
      ) : null}
    </div>
  );
}
