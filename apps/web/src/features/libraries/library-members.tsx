import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Title } from '@mantine/core';
import { EmptyState, LiveStatus, LoadingState, LoadMorePager } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { MemberGrid } from '../members/member-grid';
import { libraryMembersQuery } from './library-page.operations';
import { useLibraryMemberJoined } from './use-library-member-joined';
import { QueryError } from '../../shared/query-error';

export interface LibraryMembersProps {
  slug: string;
  libraryId: string;
  libraryName: string;
  /** Live arrivals need a signed-in websocket. */
  live: boolean;
}

/** Everyone whose home library this is, by name, page by page; newcomers appear live at the top. */
export function LibraryMembers({ slug, libraryId, libraryName, live }: LibraryMembersProps) {
  const { t } = useTranslation();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(libraryMembersQuery, { variables: { slug } });
  const latestArrival = useLibraryMemberJoined(libraryId, live);
  const members = data?.library.members;

  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!members) body = <LoadingState />;
  else if (members.edges.length === 0) {
    body = <EmptyState title={t('libraryPage.noMembersTitle')} description={t('libraryPage.noMembersBody', { name: libraryName })} />;
  } else {
    body = (
      <>
        <MemberGrid members={members.edges.map((edge) => edge.node)} hideLibrary />
        <LoadMorePager
          shown={members.edges.length}
          total={members.totalCount}
          hasNextPage={members.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: members.pageInfo.endCursor } })}
          label={t('directory.loadMore')}
        />
      </>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="library-members-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="library-members-heading">
          {t('libraryPage.members')}
        </Title>
        <LiveStatus>{latestArrival}</LiveStatus>
        {body}
      </Stack>
    </Paper>
  );
}
