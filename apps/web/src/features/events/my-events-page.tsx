import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { EmptyState, LiveStatus, PageHeader } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { EventCard } from './event-card';
import { myEventsQuery } from './events.operations';
import { MyCalendarFeed } from './my-calendar-feed';
import { useDescribeRegistrationChange, useRegistrationChanges } from './use-registration-changes';

function MyEventList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const past = params.get('show') === 'past';
  const [notice, setNotice] = useState<string | null>(null);
  const describeChange = useDescribeRegistrationChange();
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(myEventsQuery, {
    variables: { past },
    notifyOnNetworkStatusChange: true,
  });
  // Promotions and cancelled events update the cards from the cache; a registration made or dropped in
  // another tab evicts this list (useRegistrationChanges), which is then read again.
  useRegistrationChanges(true, (change) => setNotice(describeChange(change)));
  const registrations = (data ?? previousData)?.myEvents;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <SegmentedControl
        mb="md"
        aria-label={t('events.showLabel')}
        value={past ? 'past' : 'upcoming'}
        onChange={(value) => setParams(value === 'past' ? { show: 'past' } : {}, { replace: true })}
        data={[
          { value: 'upcoming', label: t('events.upcoming') },
          { value: 'past', label: t('events.past') },
        ]}
      />
      <LiveStatus>{notice}</LiveStatus>
      <ResultsSection
        headingId="my-event-results"
        heading={registrations ? t(past ? 'events.mine.foundPast' : 'events.mine.found', { count: registrations.totalCount }) : t('events.results')}
        updating={loading && !!registrations && !loadingMore}
      >
        <ConnectionResults
          connection={registrations}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('events.loading')}
          empty={
            <EmptyState
              title={past ? t('events.mine.emptyPastTitle') : t('events.mine.emptyTitle')}
              description={t('events.mine.emptyBody')}
              action={
                <Button component={Link} to="/events" variant="default">
                  {t('events.mine.browse')}
                </Button>
              }
            />
          }
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('events.loadMore')}
        >
          {(nodes) => (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((registration) => (
                <li key={registration.id}>
                  <EventCard event={registration.event} />
                  {past && registration.attended !== null && registration.attended !== undefined ? (
                    <Text size="sm" mt={4}>
                      {registration.attended ? t('events.mine.attended') : t('events.mine.absent')}
                    </Text>
                  ) : null}
                </li>
              ))}
            </Stack>
          )}
        </ConnectionResults>
      </ResultsSection>
    </>
  );
}

/** /my-events: the member's places and waitlist spots, upcoming or past, each linking to its event. */
export function MyEventsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('events.mine.title')} description={t('events.mine.lead')} />
      <RequireSignIn>
        <MyEventList />
        <MyCalendarFeed />
      </RequireSignIn>
    </>
  );
}
