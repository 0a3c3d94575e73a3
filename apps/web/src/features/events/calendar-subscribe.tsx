import { useQuery } from '@apollo/client/react';
import { Box, Stack, Text } from '@mantine/core';
import { LoadingState, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { regionName } from '../../i18n/vocabulary';
import { QueryError } from '../../shared/query-error';
import { CalendarFeedAddress, feedInLanguage } from './calendar-feed-address';
import { calendarFeedUrlQuery } from './calendar.operations';
import { useEventFilters } from './use-event-filters';

/** The feed of one region's meetups and conventions, asked for only while a region is chosen. */
function RegionFeed({ region }: { region: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(calendarFeedUrlQuery, { variables: { region } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const name = regionName(region);
  return (
    <CalendarFeedAddress
      url={feedInLanguage(data.calendarFeedUrl, i18n.resolvedLanguage)}
      label={t('calendar.public.regionLabel', { region: name })}
      subscribeLabel={t('calendar.public.regionSubscribe', { region: name })}
      description={t('calendar.public.regionHint')}
    />
  );
}

/**
 * /events: subscribe to the public feed of every event, and to that of the region chosen in the filters
 * (webinars have no region, so they are only in the first). The kind filter has no feed of its own.
 */
export function CalendarSubscribe() {
  const { t, i18n } = useTranslation();
  const { filters } = useEventFilters();
  const { data, loading, error, refetch } = useQuery(calendarFeedUrlQuery, { variables: { region: null } });
  return (
    <Box mt="xl">
      <SectionPanel headingId="calendar-subscribe-heading" title={t('calendar.public.heading')} lead={t('calendar.public.lead')} spacing="md">
        {data ? (
          <Stack gap="lg">
            <CalendarFeedAddress
              url={feedInLanguage(data.calendarFeedUrl, i18n.resolvedLanguage)}
              label={t('calendar.public.allLabel')}
              subscribeLabel={t('calendar.public.allSubscribe')}
              description={t('calendar.howTo')}
            />
            {filters.region ? <RegionFeed key={filters.region} region={filters.region} /> : <Text size="sm">{t('calendar.public.chooseRegion')}</Text>}
          </Stack>
        ) : loading ? (
          <LoadingState label={t('calendar.public.loading')} />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </SectionPanel>
    </Box>
  );
}
