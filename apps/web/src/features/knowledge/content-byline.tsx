import { Anchor, Group, Text } from '@mantine/core';
import { FormattedDate } from '@liblab/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface ContentBylineProps {
  author: { id: string; name: string } | null | undefined;
  library?: { slug: string; name: string } | null;
  createdAt: string;
  edited?: boolean;
  editedAt?: string | null;
  /** E.g. the expert badge. */
  extra?: ReactNode;
}

/** "Magdalena Kowalczyk · GBP Michałowice · 3 March 2026, 10:15 · edited": times in the viewer's zone. */
export function ContentByline({ author, library, createdAt, edited, editedAt, extra }: ContentBylineProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" fz="sm" c="dimmed">
      {author ? (
        <Anchor component={Link} to={`/members/${author.id}`} size="sm" fw={600}>
          {author.name}
        </Anchor>
      ) : (
        <Text size="sm">{t('knowledge.formerMember')}</Text>
      )}
      {extra}
      {library ? (
        <>
          <Text size="sm" c="gray.7" aria-hidden="true">
            ·
          </Text>
          <Anchor component={Link} to={`/libraries/${library.slug}`} size="sm" c="gray.8">
            {library.name}
          </Anchor>
        </>
      ) : null}
      <Text size="sm" c="gray.7" aria-hidden="true">
        ·
      </Text>
      <Text size="sm" c="gray.8">
        <FormattedDate value={createdAt} withTime />
      </Text>
      {edited ? (
        <Text size="sm" c="gray.8" fs="italic">
          {editedAt ? (
            <>
              {t('knowledge.editedAt')} <FormattedDate value={editedAt} withTime />
            </>
          ) : (
            t('knowledge.edited')
          )}
        </Text>
      ) : null}
    </Group>
  );
}
