import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { RegistrationStatus } from '@liblab/web-graphql';
import { EmptyState, FormattedDate, LoadingState, LoadMorePager, useNotify } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../shared/query-error';
import { eventRegistrantsQuery, markAttendanceMutation, type Registrant } from './events.operations';
import { useRegistrationProblem } from './use-registration-problem';

const STATUS_COLORS: Record<RegistrationStatus, string> = { CONFIRMED: 'teal.9', WAITLISTED: 'grape.9', CANCELLED: 'gray.8' };

function StatusCell({ registrant }: { registrant: Registrant }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[registrant.status]} variant="outline">
      {registrant.status === 'WAITLISTED' && registrant.waitlistPosition
        ? t('events.badges.waitlistPosition', { position: registrant.waitlistPosition })
        : t(`events.statuses.${registrant.status}`)}
    </Badge>
  );
}

function AttendanceCell({ eventId, registrant, onAnnounce }: { eventId: string; registrant: Registrant; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const explain = useRegistrationProblem();
  const [mark] = useMutation(markAttendanceMutation, { refetchQueries: ['EventRegistrants'] });
  if (registrant.status !== 'CONFIRMED') return <>—</>;
  return (
    <Checkbox
      checked={registrant.attended === true}
      aria-label={t('events.organiser.attendedBy', { name: registrant.member.name })}
      onChange={(change) => {
        const attended = change.currentTarget.checked;
        // Ticked at once (optimistic); the server's answer, or a refusal, puts it right.
        void mark({
          variables: { eventId, memberId: registrant.member.id, attended },
          optimisticResponse: { __typename: 'Mutation', markAttendance: { __typename: 'EventRegistration', id: registrant.id, attended } },
        })
          .then(() => onAnnounce(t(attended ? 'events.organiser.markedAttended' : 'events.organiser.markedAbsent', { name: registrant.member.name })))
          .catch((error: unknown) => notify({ message: explain(error), color: 'red' }));
      }}
    />
  );
}

export interface RegistrantsTableProps {
  eventId: string;
  /** Attendance can be marked once the event has started (and it was not cancelled). */
  attendanceOpen: boolean;
  onAnnounce: (message: string) => void;
}

/** Everyone who registered, for organisers: confirmed first, then the waitlist in order, then cancellations. */
export function RegistrantsTable({ eventId, attendanceOpen, onAnnounce }: RegistrantsTableProps) {
  const { t } = useTranslation();
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(eventRegistrantsQuery, {
    variables: { eventId },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const registrations = (data ?? previousData)?.eventRegistrations;

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!registrations) return <LoadingState label={t('events.organiser.loading')} />;
  const { counts } = registrations;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4" id="registrants-heading">
          {t('events.organiser.registrants')}
        </Title>
        <Text size="sm" aria-live="polite">
          {t('events.organiser.counts', { confirmed: counts.confirmed, waitlisted: counts.waitlisted, cancelled: counts.cancelled, attended: counts.attended })}
        </Text>
      </Group>
      {registrations.edges.length === 0 ? (
        <EmptyState title={t('events.organiser.noneTitle')} description={t('events.organiser.noneBody')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-labelledby="registrants-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('events.organiser.name')}</Table.Th>
                  <Table.Th scope="col">{t('events.organiser.library')}</Table.Th>
                  <Table.Th scope="col">{t('events.organiser.status')}</Table.Th>
                  <Table.Th scope="col">{t('events.organiser.registeredAt')}</Table.Th>
                  <Table.Th scope="col">{t('events.organiser.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {registrations.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Th scope="row" fw={600}>
                      <Anchor component={Link} to={`/members/${node.member.id}`} inherit>
                        {node.member.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{node.member.library?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <StatusCell registrant={node} />
                    </Table.Td>
                    <Table.Td>
                      <FormattedDate value={node.registeredAt} withTime />
                    </Table.Td>
                    <Table.Td>
                      {attendanceOpen ? (
                        <AttendanceCell eventId={eventId} registrant={node} onAnnounce={onAnnounce} />
                      ) : node.attended === null || node.attended === undefined ? (
                        '—'
                      ) : (
                        t(node.attended ? 'events.organiser.came' : 'events.organiser.didNotCome')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMorePager
            shown={registrations.edges.length}
            total={registrations.totalCount}
            hasNextPage={registrations.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: registrations.pageInfo.endCursor } })}
            label={t('events.organiser.loadMore')}
          />
        </>
      )}
    </Stack>
  );
}
