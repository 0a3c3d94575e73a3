import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { COUNTRIES } from '@liblab/domain';
import { Button, SegmentedControl, Select, SimpleGrid, Stack } from '@mantine/core';
import { EmptyState, FilterForm, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVocabulary } from '../../i18n/vocabulary';
import { useSession } from '../../session/use-session';
import { NoFilterMatches } from '../../shared/filters/no-filter-matches';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { CalendarSubscribe } from './calendar-subscribe';
import { EventCard } from './event-card';
import { eventListQuery } from './events.operations';
import { EVENT_KINDS, isFiltered, toEventFilter, useEventFilters } from './use-event-filters';

function EventFiltersForm() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { filters, update } = useEventFilters();
  const regionGroups = COUNTRIES.map((country) => ({ group: vocabulary.country(country), items: vocabulary.regionOptions(country) }));
  return (
    <FilterForm legend={t('events.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('events.kindLabel')}
          data={EVENT_KINDS.map((value) => ({ value, label: t(`events.kinds.${value}`) }))}
          value={filters.kind}
          onChange={(value) => update({ kind: value })}
          clearable
          clearButtonProps={{ 'aria-label': t('events.clearKind') }}
          placeholder={t('events.anyKind')}
        />
        <Select
          label={t('filters.region')}
          description={t('events.regionHint')}
          data={regionGroups}
          value={filters.region}
          onChange={(value) => update({ region: value })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearRegion') }}
          placeholder={t('filters.anyRegion')}
          nothingFoundMessage={t('fields.nothingFound')}
        />
      </SimpleGrid>
    </FilterForm>
  );
}

function EventList() {
  const { t } = useTranslation();
  const { filters, update, clear, formKey } = useEventFilters();
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(eventListQuery, {
    variables: { filter: toEventFilter(filters) },
    notifyOnNetworkStatusChange: true,
  });
  const events = (data ?? previousData)?.events;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const past = filters.show === 'past';

  return (
    <>
      <SegmentedControl
        mb="md"
        aria-label={t('events.showLabel')}
        value={filters.show}
        onChange={(value) => update({ show: value === 'past' ? 'past' : null })}
        data={[
          { value: 'upcoming', label: t('events.upcoming') },
          { value: 'past', label: t('events.past') },
        ]}
      />
      <EventFiltersForm key={formKey} />
      <ResultsSection
        headingId="event-results"
        heading={events ? t(past ? 'events.foundPast' : 'events.found', { count: events.totalCount }) : t('events.results')}
        updating={loading && !!events && !loadingMore}
      >
        <ConnectionResults
          connection={events}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('events.loading')}
          empty={
            isFiltered(filters) ? (
              <NoFilterMatches
                title={past ? t('events.emptyPastTitle') : t('events.emptyTitle')}
                description={t('events.emptyFiltered')}
                onClear={clear}
              />
            ) : (
              <EmptyState title={past ? t('events.emptyPastTitle') : t('events.emptyTitle')} description={t('events.emptyBody')} />
            )
          }
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('events.loadMore')}
        >
          {(nodes) => (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((event) => (
                <li key={event.id}>
                  <EventCard event={event} />
                </li>
              ))}
            </Stack>
          )}
        </ConnectionResults>
      </ResultsSection>
    </>
  );
}

/** /events: meetups, webinars and conventions, soonest first (or past ones); open to visitors too. */
export function EventsPage() {
  const { t } = useTranslation();
  const { isSignedIn, canManageEvents } = useSession();
  return (
    <>
      <PageHeader
        title={t('events.title')}
        description={t('events.lead')}
        actions={
          <>
            {isSignedIn ? (
              <Button component={Link} to="/my-events" variant="light">
                {t('events.myEvents')}
              </Button>
            ) : null}
            {canManageEvents ? (
              <Button component={Link} to="/events/new">
                {t('events.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <EventList />
      <CalendarSubscribe />
    </>
  );
}
