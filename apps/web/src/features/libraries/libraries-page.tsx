import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EmptyState, LoadingState, LoadMorePager, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/use-session';
import { AddLibraryButton } from './add-library-button';
import { libraryListQuery } from './libraries.operations';
import { LibraryCard } from './library-card';
import { LibraryFiltersForm } from './library-filters-form';
import { useLibraryFilters } from './use-library-filters';
import { QueryError } from '../../shared/query-error';

/** /libraries: every library of the network, by name, filtered by place or searched by name and city. */
export function LibrariesPage() {
  const { t } = useTranslation();
  const { canAddLibraries } = useSession();
  const { filters, update, clear, formKey } = useLibraryFilters();
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(libraryListQuery, {
    variables: { filter: { country: filters.country, region: filters.region, search: filters.q || null } },
  });
  const libraries = (data ?? previousData)?.libraries;

  let results;
  if (error) {
    results = <QueryError error={error} onRetry={() => void refetch()} />;
  } else if (!libraries) {
    results = <LoadingState label={t('libraries.loading')} />;
  } else if (libraries.edges.length === 0) {
    results = (
      <EmptyState
        title={t('libraries.emptyTitle')}
        description={t('libraries.emptyBody')}
        action={
          <Button variant="default" onClick={clear}>
            {t('filters.clearAll')}
          </Button>
        }
      />
    );
  } else {
    results = (
      <>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {libraries.edges.map(({ node }) => (
            <li key={node.id}>
              <LibraryCard library={node} />
            </li>
          ))}
        </SimpleGrid>
        <LoadMorePager
          shown={libraries.edges.length}
          total={libraries.totalCount}
          hasNextPage={libraries.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: libraries.pageInfo.endCursor } })}
          label={t('libraries.loadMore')}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('libraries.title')} description={t('libraries.lead')} actions={canAddLibraries ? <AddLibraryButton /> : null} />
      <LibraryFiltersForm key={formKey} filters={filters} onChange={update} />
      <section aria-labelledby="library-results">
        <Stack gap="md">
          <div aria-live="polite">
            <Title order={2} size="h3" id="library-results">
              {libraries ? t('libraries.found', { count: libraries.totalCount }) : t('libraries.results')}
            </Title>
          </div>
          {loading && libraries && networkStatus !== NetworkStatus.fetchMore ? (
            <Text size="sm" role="status">
              {t('directory.updating')}
            </Text>
          ) : null}
          {results}
        </Stack>
      </section>
    </>
  );
}
