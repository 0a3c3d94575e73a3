import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { LoadingState } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVocabulary } from '../../i18n/vocabulary';
import { networkSizeQuery } from './home.operations';
import { QueryError } from '../../shared/query-error';

/** The network in numbers: libraries taking part in each country, each a link to that country's list. */
export function NetworkSize() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { data, loading, error, refetch } = useQuery(networkSizeQuery);

  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;

  const countries = [
    { code: 'PL', count: data.poland.totalCount },
    { code: 'SE', count: data.sweden.totalCount },
    { code: 'NO', count: data.norway.totalCount },
  ] as const;

  return (
    <section aria-labelledby="network-heading">
      <Title order={2} size="h3" id="network-heading" mb="sm">
        {t('home.network.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {countries.map(({ code, count }) => (
          <li key={code}>
            <Paper withBorder p="md" radius="md">
              <Anchor component={Link} to={`/libraries?country=${code}`} fw={700} fz="lg">
                {vocabulary.country(code)}
              </Anchor>
              <Text fz={28} fw={800} c="indigo.9" lh={1.3}>
                {t('home.network.libraries', { count })}
              </Text>
            </Paper>
          </li>
        ))}
      </SimpleGrid>
    </section>
  );
}
