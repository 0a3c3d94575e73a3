import { Stack, Text, Title } from '@mantine/core';
import type { EventCardFieldsFragment, MonthStatus } from '@liblab/web-graphql';
import { EmptyState, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { CalendarFeedAddress, feedInLanguage } from '../events/calendar-feed-address';
import { EventCard } from '../events/event-card';

export interface MonthEventsProps {
  status: MonthStatus;
  /** The month's feed (`Month.calendarUrl`). */
  calendarUrl: string;
  /** By start, cancelled ones too (the API gives at most 100). */
  events: readonly EventCardFieldsFragment[];
}

/**
 * The month's webinars and meetups as event cards (title linking to the event, kind, the viewer's time and
 * the event's own, cancelled and place badges), and the month's calendar to subscribe to. A draft month's
 * feed does not exist yet (the API answers 404 until the month is announced), so it is not offered.
 */
export function MonthEvents({ status, calendarUrl, events }: MonthEventsProps) {
  const { t, i18n } = useTranslation();
  return (
    <SectionPanel headingId="month-events-heading" title={t('calendar.month.heading')} lead={t('calendar.month.lead')} spacing="md">
      <Stack gap="lg">
        {events.length === 0 ? (
          <EmptyState title={t('calendar.month.emptyTitle')} description={t('calendar.month.emptyBody')} />
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} />
              </li>
            ))}
          </Stack>
        )}
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('calendar.month.subscribeHeading')}
          </Title>
          {status === 'DRAFT' ? (
            <Text>{t('calendar.month.draft')}</Text>
          ) : (
            <>
              <Text>{t('calendar.month.subscribeLead')}</Text>
              <CalendarFeedAddress
                url={feedInLanguage(calendarUrl, i18n.resolvedLanguage)}
                label={t('calendar.month.addressLabel')}
                subscribeLabel={t('calendar.month.subscribe')}
                description={t('calendar.howTo')}
              />
            </>
          )}
        </Stack>
      </Stack>
    </SectionPanel>
  );
}
