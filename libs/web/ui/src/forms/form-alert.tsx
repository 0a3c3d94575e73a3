import { Alert, List } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormAlertProps {
  title?: string;
  children: ReactNode;
  /** Extra lines, e.g. problems the API reported for fields this form does not show. */
  details?: readonly string[];
}

/** A form-level error above or below the fields; announced at once. */
export function FormAlert({ title, children, details }: FormAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {children}
      {details && details.length > 0 ? (
        <List size="sm" mt="xs">
          {details.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
