import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Title } from '@mantine/core';
import { EmptyState, LiveStatus } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { MemberGrid } from '../members/member-grid';
import { libraryMembersQuery } from './library-page.operations';
import { useLibraryMemberJoined } from './use-library-member-joined';

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

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="library-members-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="library-members-heading">
          {t('libraryPage.members')}
        </Title>
        <LiveStatus>{latestArrival}</LiveStatus>
        <ConnectionResults
          connection={data?.library.members}
          error={error}
          onRetry={() => void refetch()}
          empty={<EmptyState title={t('libraryPage.noMembersTitle')} description={t('libraryPage.noMembersBody', { name: libraryName })} />}
          loadingMore={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('directory.loadMore')}
        >
          {(members) => <MemberGrid members={members} hideLibrary />}
        </ConnectionResults>
      </Stack>
    </Paper>
  );
}
