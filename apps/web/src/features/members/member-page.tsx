import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedDate, LoadingState, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useVocabulary } from '../../i18n/vocabulary';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession } from '../../session/use-session';
import { NotFoundPage } from '../not-found/not-found-page';
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
      <PageHeader title={member.name} description={member.position ?? undefined} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg" component="section" aria-labelledby="about-heading">
              <Title order={2} size="h3" id="about-heading" mb="sm">
                {t('memberPage.about')}
              </Title>
              {member.bio ? (
                <Text style={{ whiteSpace: 'pre-line' }}>{member.bio}</Text>
              ) : (
                <Text>{t('memberPage.noBio', { name: member.name })}</Text>
              )}
            </Paper>
            {isAdmin ? (
              <MemberRoleAdmin memberId={member.id} memberName={member.name} roles={member.roles} isSelf={me?.id === member.id} />
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="lg" component="section" aria-labelledby="details-heading">
            <Title order={2} size="h3" id="details-heading" mb="sm">
              {t('memberPage.details')}
            </Title>
            <Stack gap="sm" component="dl" m={0}>
              <div>
                <Text component="dt" fw={600}>
                  {t('memberPage.library')}
                </Text>
                <Text component="dd" m={0}>
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
                </Text>
              </div>
              <div>
                <Text component="dt" fw={600}>
                  {t('memberPage.roles.label')}
                </Text>
                <Text component="dd" m={0}>
                  <RoleBadges roles={member.roles} />
                </Text>
              </div>
              <div>
                <Text component="dt" fw={600}>
                  {t('fields.languages')}
                </Text>
                <Text component="dd" m={0}>
                  {member.languages.map((language) => vocabulary.language(language)).join(', ')}
                </Text>
              </div>
              <div>
                <Text component="dt" fw={600}>
                  {t('fields.interests')}
                </Text>
                <Text component="dd" m={0}>
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
                </Text>
              </div>
              {member.publicEmail ? (
                <div>
                  <Text component="dt" fw={600}>
                    {t('fields.publicEmail')}
                  </Text>
                  <Text component="dd" m={0}>
                    <Anchor href={`mailto:${member.publicEmail}`}>{member.publicEmail}</Anchor>
                  </Text>
                </div>
              ) : null}
              {member.phone ? (
                <div>
                  <Text component="dt" fw={600}>
                    {t('fields.phone')}
                  </Text>
                  <Text component="dd" m={0}>
                    <Anchor href={`tel:${member.phone.replace(/[^\d+]/g, '')}`}>{member.phone}</Anchor>
                  </Text>
                </div>
              ) : null}
              <div>
                <Text component="dt" fw={600}>
                  {t('memberPage.memberSince')}
                </Text>
                <Text component="dd" m={0}>
                  <FormattedDate value={member.createdAt} />
                </Text>
              </div>
            </Stack>
          </Paper>
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
