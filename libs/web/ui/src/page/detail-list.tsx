import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Facts about one thing as a description list, each term above its value. */
export function DetailList({ children }: { children: ReactNode }) {
  return (
    <Stack gap="sm" component="dl" m={0}>
      {children}
    </Stack>
  );
}

export interface DetailProps {
  term: string;
  children: ReactNode;
}

/** One term and its value, inside a DetailList. */
export function Detail({ term, children }: DetailProps) {
  return (
    <div>
      <Text component="dt" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
