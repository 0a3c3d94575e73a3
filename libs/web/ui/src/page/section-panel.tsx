import { Paper, Text, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionPanelProps {
  /** The heading's id, which names the section. */
  headingId: string;
  /** A second-level heading. */
  title: ReactNode;
  /** A sentence under the heading. */
  lead?: ReactNode;
  /** Space between the heading (or the lead) and the content. */
  spacing?: MantineSpacing;
  children: ReactNode;
}

/** A part of a page in a bordered panel, named by its h2 for assistive technology. */
export function SectionPanel({ headingId, title, lead, spacing = 'sm', children }: SectionPanelProps) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb={lead ? 'xs' : spacing}>
        {title}
      </Title>
      {lead ? <Text mb={spacing}>{lead}</Text> : null}
      {children}
    </Paper>
  );
}
