import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import type { MemberFilter } from '@liblab/web-graphql';
import { EmptyState, LoadingState, LoadMorePager, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../session/require-sign-in';
import { DirectoryFiltersForm } from './directory-filters';
import { MemberGrid } from './member-grid';
import { directoryLibraryQuery, memberDirectoryQuery } from './members.operations';
import { useDirectoryFilters } from './use-directory-filters';
import { QueryError } from '../../shared/query-error';

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

  const loadMore = () => {
    if (!members?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: members.pageInfo.endCursor } });
  };

  let results;
  if (libraryLookup.error) {
    results = <QueryError error={libraryLookup.error} />;
  } else if (error) {
    results = <QueryError error={error} onRetry={() => void refetch()} />;
  } else if (!members) {
    results = <LoadingState label={t('directory.loading')} />;
  } else if (members.edges.length === 0) {
    results = (
      <EmptyState
        title={t('directory.emptyTitle')}
        description={t('directory.emptyBody')}
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
        <MemberGrid members={members.edges.map((edge) => edge.node)} />
        <LoadMorePager
          shown={members.edges.length}
          total={members.totalCount}
          hasNextPage={members.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={loadMore}
          label={t('directory.loadMore')}
        />
      </>
    );
  }

  return (
    <>
      <DirectoryFiltersForm key={formKey} filters={filters} library={library} onChange={update} onClear={clear} />
      <section aria-labelledby="directory-results">
        <Stack gap="md">
          <div aria-live="polite">
            <Title order={2} size="h3" id="directory-results">
              {members ? t('directory.found', { count: members.totalCount }) : t('directory.results')}
            </Title>
          </div>
          {loading && networkStatus !== NetworkStatus.fetchMore && members ? (
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
