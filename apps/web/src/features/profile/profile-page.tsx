import { useQuery } from '@apollo/client/react';
import { Anchor, Grid, Stack, Text } from '@mantine/core';
import { FormattedDate, LoadingState, PageHeader, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { RoleBadges } from '../members/role-badges';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';
import { myProfileQuery } from './profile.operations';
import { QueryError } from '../../shared/query-error';

function MyProfile() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(myProfileQuery);
  const me = data?.me;
  if (loading && !me) return <LoadingState />;
  if (error || !me) return <QueryError error={error} onRetry={() => void refetch()} />;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <ProfileForm key={me.id} me={me} />
          <ChangePasswordForm />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <SectionPanel headingId="account-heading" title={t('profile.account')}>
          <Stack gap="sm">
            <Text>
              <Text span fw={600}>
                {t('profile.signInEmail')}:
              </Text>{' '}
              {me.email}
            </Text>
            <Text>
              <Text span fw={600}>
                {t('memberPage.memberSince')}:
              </Text>{' '}
              <FormattedDate value={me.createdAt} />
            </Text>
            <RoleBadges roles={me.roles} />
            <Anchor component={Link} to={`/members/${me.id}`}>
              {t('profile.viewPublic')}
            </Anchor>
          </Stack>
        </SectionPanel>
      </Grid.Col>
    </Grid>
  );
}

/** /profile: the signed-in member edits their profile and changes their password. */
export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.lead')} />
      <RequireSignIn>
        <MyProfile />
      </RequireSignIn>
    </>
  );
}
