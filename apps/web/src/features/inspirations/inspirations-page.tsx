import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, SimpleGrid } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { NoFilterMatches } from '../../shared/filters/no-filter-matches';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { PostFiltersForm, usePostFilters } from '../knowledge/post-filters';
import { InspirationCard } from './inspiration-card';
import { inspirationListQuery } from './inspirations.operations';

function InspirationList() {
  const { t } = useTranslation();
  const { filters, update, clear, formKey } = usePostFilters();
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(inspirationListQuery, {
    variables: { filter: { tag: filters.tag, language: filters.language } },
  });
  const inspirations = (data ?? previousData)?.inspirations;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  return (
    <>
      <PostFiltersForm key={formKey} legend={t('inspirations.filters')} filters={filters} onChange={update} />
      <ResultsSection
        headingId="inspiration-results"
        heading={inspirations ? t('inspirations.found', { count: inspirations.totalCount }) : t('inspirations.results')}
        updating={loading && !!inspirations && !loadingMore}
      >
        <ConnectionResults
          connection={inspirations}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('inspirations.loading')}
          empty={<NoFilterMatches title={t('inspirations.emptyTitle')} description={t('inspirations.emptyBody')} onClear={clear} />}
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('inspirations.loadMore')}
        >
          {(nodes) => (
            <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((inspiration) => (
                <li key={inspiration.id}>
                  <InspirationCard inspiration={inspiration} />
                </li>
              ))}
            </SimpleGrid>
          )}
        </ConnectionResults>
      </ResultsSection>
    </>
  );
}

/** /inspirations: good practices shared by libraries, newest first. */
export function InspirationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('inspirations.title')}
        description={t('inspirations.lead')}
        actions={
          <Button component={Link} to="/inspirations/new">
            {t('inspirations.share')}
          </Button>
        }
      />
      <RequireSignIn>
        <InspirationList />
      </RequireSignIn>
    </>
  );
}
