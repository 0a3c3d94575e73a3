import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { EmptyState, LiveStatus, SectionPanel } from '@liblab/web-ui';
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
    <SectionPanel headingId="library-members-heading" title={t('libraryPage.members')} spacing="md">
      <Stack gap="md">
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
    </SectionPanel>
  );
}
