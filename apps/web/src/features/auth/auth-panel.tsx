import { Container, Paper } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import type { ReactNode } from 'react';

/** The narrow, centred frame of the sign-in, sign-up and password pages. */
export function AuthPanel({ title, description, children, wide }: { title: string; description?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <Container size={wide ? 'md' : 'xs'} px={0}>
      <PageHeader title={title} description={description} />
      <Paper withBorder p="xl" radius="md">
        {children}
      </Paper>
    </Container>
  );
}
