import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { InspirationCardFieldsFragment } from '@liblab/web-graphql';
import { FormattedDate } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TagList } from '../knowledge/tag-list';

/** An inspiration in a list: title link, summary, author, date and tags. */
export function InspirationCard({ inspiration, headingOrder = 3 }: { inspiration: InspirationCardFieldsFragment; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap={6}>
        <Title order={headingOrder} size="h4" lang={inspiration.language.toLowerCase()}>
          <Anchor component={Link} to={`/inspirations/${inspiration.id}`} inherit>
            {inspiration.title}
          </Anchor>
        </Title>
        {inspiration.summary ? <Text size="sm" lang={inspiration.language.toLowerCase()}>{inspiration.summary}</Text> : null}
        <Text size="sm" c="gray.8">
          {inspiration.author?.name ?? t('knowledge.formerMember')}
          {inspiration.library ? `, ${inspiration.library.name}` : ''} · <FormattedDate value={inspiration.createdAt} /> ·{' '}
          {t('inspirations.commentCount', { count: inspiration.commentCount })}
        </Text>
        <TagList tags={inspiration.tags} />
      </Stack>
    </Paper>
  );
}
