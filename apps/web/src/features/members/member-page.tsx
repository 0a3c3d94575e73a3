import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { Detail, DetailList, EmailLink, FormattedDate, LoadingState, PageHeader, PhoneLink, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useVocabulary } from '../../i18n/vocabulary';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession } from '../../session/use-session';
import { NotFoundPage } from '../not-found/not-found-page';
import { MemberFollowButton } from '../follows/follow-button';
import { memberProfileQuery } from './member-page.operations';
import { MemberRoleAdmin } from './member-role-admin';
import { RoleBadges } from './role-badges';
import { QueryError } from '../../shared/query-error';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function MemberProfile({ id }: { id: string }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { me, isAdmin } = useSession();
  const { data, loading, error, refetch } = useQuery(memberProfileQuery, { variables: { id } });
  const member = data?.member;

  if (loading && !member) {
    return (
      <>
        <PageHeader title={t('memberPage.title')} />
        <LoadingState />
      </>
    );
  }
  if (error || !member) {
    return (
      <>
        <PageHeader title={t('memberPage.title')} />
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  }

  const place = member.library
    ? `${member.library.city}, ${vocabulary.region(member.library.region)}, ${vocabulary.country(member.library.country)}`
    : null;

  return (
    <>
      <PageHeader
        title={member.name}
        description={member.position ?? undefined}
        actions={me && me.id !== member.id ? <MemberFollowButton member={member} /> : null}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <SectionPanel headingId="about-heading" title={t('memberPage.about')}>
              {member.bio ? (
                <Text style={{ whiteSpace: 'pre-line' }}>{member.bio}</Text>
              ) : (
                <Text>{t('memberPage.noBio', { name: member.name })}</Text>
              )}
            </SectionPanel>
            {isAdmin ? (
              <MemberRoleAdmin memberId={member.id} memberName={member.name} roles={member.roles} isSelf={me?.id === member.id} />
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SectionPanel headingId="details-heading" title={t('memberPage.details')}>
            <DetailList>
              <Detail term={t('memberPage.library')}>
                {member.library ? (
                  <>
                    <Anchor component={Link} to={`/libraries/${member.library.slug}`}>
                      {member.library.name}
                    </Anchor>
                    <br />
                    {place}
                  </>
                ) : (
                  t('memberPage.noLibrary')
                )}
              </Detail>
              <Detail term={t('memberPage.roles.label')}>
                <RoleBadges roles={member.roles} />
              </Detail>
              <Detail term={t('fields.languages')}>{member.languages.map((language) => vocabulary.language(language)).join(', ')}</Detail>
              <Detail term={t('fields.interests')}>
                {member.interests.length > 0 ? (
                  <Group gap={6}>
                    {member.interests.map((interest) => (
                      <Badge key={interest} variant="outline" color="gray.8">
                        {vocabulary.interest(interest)}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  t('memberPage.noInterests')
                )}
              </Detail>
              {member.publicEmail ? (
                <Detail term={t('fields.publicEmail')}>
                  <EmailLink address={member.publicEmail} />
                </Detail>
              ) : null}
              {member.phone ? (
                <Detail term={t('fields.phone')}>
                  <PhoneLink phone={member.phone} />
                </Detail>
              ) : null}
              <Detail term={t('memberPage.memberSince')}>
                <FormattedDate value={member.createdAt} />
              </Detail>
            </DetailList>
          </SectionPanel>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** /members/:id: a member's public profile; admins also manage their roles here. */
export function MemberPage() {
  const { id = '' } = useParams();
  // Member ids are UUIDs; anything else cannot be a member, so say "not found" without asking.
  if (!UUID_PATTERN.test(id)) return <NotFoundPage />;
  return (
    <RequireSignIn>
      <MemberProfile key={id} id={id} />
    </RequireSignIn>
  );
}
