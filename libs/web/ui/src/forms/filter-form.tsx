import { Box, Fieldset } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FilterFormProps {
  /** Names the group of filters. */
  legend: string;
  children: ReactNode;
}

/** Filters for a list: a search landmark with one labelled group; every change applies at once, nothing is submitted. */
export function FilterForm({ legend, children }: FilterFormProps) {
  return (
    <Box component="form" role="search" mb="lg" onSubmit={(event) => event.preventDefault()}>
      <Fieldset legend={legend}>{children}</Fieldset>
    </Box>
  );
}
