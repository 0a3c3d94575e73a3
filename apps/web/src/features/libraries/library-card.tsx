import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { LibraryCardFieldsFragment } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVocabulary } from '../../i18n/vocabulary';

/** A library in the list: name (to its page), place and how many members it has. */
export function LibraryCard({ library }: { library: LibraryCardFieldsFragment }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return (
    <Card withBorder padding="md" radius="md" component="article" h="100%">
      <Stack gap={6}>
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/libraries/${library.slug}`} underline="hover" fw={700}>
            {library.name}
          </Anchor>
        </Title>
        <Text>
          {library.city}, {vocabulary.region(library.region)}
        </Text>
        <Group justify="space-between">
          <Text size="sm">{vocabulary.country(library.country)}</Text>
          <Text size="sm" fw={600}>
            {t('libraries.memberCount', { count: library.memberCount })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
