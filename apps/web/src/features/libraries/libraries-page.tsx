import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { SimpleGrid } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/use-session';
import { NoFilterMatches } from '../../shared/filters/no-filter-matches';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { AddLibraryButton } from './add-library-button';
import { libraryListQuery } from './libraries.operations';
import { LibraryCard } from './library-card';
import { LibraryFiltersForm } from './library-filters-form';
import { useLibraryFilters } from './use-library-filters';

/** /libraries: every library of the network, by name, filtered by place or searched by name and city. */
export function LibrariesPage() {
  const { t } = useTranslation();
  const { canAddLibraries } = useSession();
  const { filters, update, clear, formKey } = useLibraryFilters();
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(libraryListQuery, {
    variables: { filter: { country: filters.country, region: filters.region, search: filters.q || null } },
  });
  const libraries = (data ?? previousData)?.libraries;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <PageHeader title={t('libraries.title')} description={t('libraries.lead')} actions={canAddLibraries ? <AddLibraryButton /> : null} />
      <LibraryFiltersForm key={formKey} filters={filters} onChange={update} />
      <ResultsSection
        headingId="library-results"
        heading={libraries ? t('libraries.found', { count: libraries.totalCount }) : t('libraries.results')}
        updating={loading && !!libraries && !loadingMore}
      >
        <ConnectionResults
          connection={libraries}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('libraries.loading')}
          empty={<NoFilterMatches title={t('libraries.emptyTitle')} description={t('libraries.emptyBody')} onClear={clear} />}
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('libraries.loadMore')}
        >
          {(nodes) => (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((library) => (
                <li key={library.id}>
                  <LibraryCard library={library} />
                </li>
              ))}
            </SimpleGrid>
          )}
        </ConnectionResults>
      </ResultsSection>
    </>
  );
}
