import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { MemberFilter } from '@liblab/web-graphql';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../session/require-sign-in';
import { NoFilterMatches } from '../../shared/filters/no-filter-matches';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { QueryError } from '../../shared/query-error';
import { DirectoryFiltersForm } from './directory-filters';
import { MemberGrid } from './member-grid';
import { directoryLibraryQuery, memberDirectoryQuery } from './members.operations';
import { useDirectoryFilters } from './use-directory-filters';

function MemberDirectory() {
  const { t } = useTranslation();
  const { filters, update, clear, formKey } = useDirectoryFilters();

  const libraryLookup = useQuery(directoryLibraryQuery, {
    variables: { slug: filters.library ?? '' },
    skip: !filters.library,
  });
  const library = filters.library ? (libraryLookup.data?.library ?? null) : null;
  const waitingForLibrary = Boolean(filters.library) && !library && !libraryLookup.error;

  const filter: MemberFilter = {
    country: filters.country,
    region: filters.region,
    libraryId: library?.id ?? null,
    role: filters.role,
    interest: filters.interest,
    search: filters.q || null,
  };
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(memberDirectoryQuery, {
    variables: { filter },
    skip: waitingForLibrary,
  });
  const members = (data ?? previousData)?.members;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <DirectoryFiltersForm key={formKey} filters={filters} library={library} onChange={update} onClear={clear} />
      <ResultsSection
        headingId="directory-results"
        heading={members ? t('directory.found', { count: members.totalCount }) : t('directory.results')}
        updating={loading && !loadingMore && !!members}
      >
        {libraryLookup.error ? (
          <QueryError error={libraryLookup.error} />
        ) : (
          <ConnectionResults
            connection={members}
            error={error}
            onRetry={() => void refetch()}
            loadingLabel={t('directory.loading')}
            empty={<NoFilterMatches title={t('directory.emptyTitle')} description={t('directory.emptyBody')} onClear={clear} />}
            loadingMore={loadingMore}
            onLoadMore={(after) => void fetchMore({ variables: { after } })}
            loadMoreLabel={t('directory.loadMore')}
          >
            {(nodes) => <MemberGrid members={nodes} />}
          </ConnectionResults>
        )}
      </ResultsSection>
    </>
  );
}

/** /members: the directory of the network, filtered by place, library, role, interest and name. */
export function MembersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('directory.title')} description={t('directory.lead')} />
      <RequireSignIn>
        <MemberDirectory />
      </RequireSignIn>
    </>
  );
}
