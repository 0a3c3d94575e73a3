import { useQuery } from '@apollo/client/react';
import { Grid, Group, Stack } from '@mantine/core';
import { LoadingState, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession } from '../../session/use-session';
import { LibraryFollowButton } from '../follows/follow-button';
import { EditLibraryButton } from './edit-library-button';
import { LibraryDetails } from './library-details';
import { LibraryMembers } from './library-members';
import { libraryPageQuery } from './library-page.operations';
import { LibraryStaff } from './library-staff';
import { QueryError } from '../../shared/query-error';

function LibraryProfile({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { isSignedIn } = useSession();
  const { data, loading, error, refetch } = useQuery(libraryPageQuery, { variables: { slug } });
  const library = data?.library;

  if (!library) {
    return (
      <>
        <PageHeader title={t('libraryPage.title')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={library.name}
        description={library.city}
        actions={
          <Group gap="sm">
            {isSignedIn ? <LibraryFollowButton library={library} /> : null}
            {library.viewerCanManage ? <EditLibraryButton library={library} /> : null}
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <LibraryDetails library={library} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <LibraryStaff staff={library.staff} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={12}>
          <LibraryMembers slug={library.slug} libraryId={library.id} libraryName={library.name} live={isSignedIn} />
        </Grid.Col>
      </Grid>
    </>
  );
}

/** /libraries/:slug: a library's details, staff directory and members, updated live as people join. */
export function LibraryPage() {
  const { slug = '' } = useParams();
  return (
    <RequireSignIn>
      <LibraryProfile key={slug} slug={slug} />
    </RequireSignIn>
  );
}
