import { Anchor, Text } from '@mantine/core';
import { Detail, DetailList, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { regionName } from '../../i18n/vocabulary';
import { EventInstant, EventWhen } from './event-when';
import type { EventPageData } from './events.operations';

/** When and where, places, the registration deadline and who organises: the facts beside the description. */
export function EventFacts({ event }: { event: EventPageData }) {
  const { t } = useTranslation();
  return (
    <SectionPanel headingId="facts-heading" title={t('events.facts.heading')}>
      <DetailList>
        <Detail term={t('events.facts.when')}>
          <EventWhen inherit startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
        </Detail>
        <Detail term={t('events.where')}>
          {event.city ? (
            <>
              {event.venue ? (
                <Text span inherit display="block">
                  {event.venue}
                </Text>
              ) : null}
              {event.address ? (
                <Text span inherit display="block">
                  {event.address}
                </Text>
              ) : null}
              <Text span inherit display="block">
                {event.region ? `${event.city}, ${regionName(event.region)}` : event.city}
              </Text>
            </>
          ) : (
            t('events.onlineLong')
          )}
        </Detail>
        <Detail term={t('events.facts.places')}>
          {event.capacity === null || event.capacity === undefined
            ? t('events.facts.unlimited', { count: event.confirmedCount })
            : t('events.facts.capacity', { count: event.capacity, left: event.placesLeft ?? 0, taken: event.confirmedCount })}
          {event.waitlistCount > 0 ? (
            <Text span inherit display="block">
              {t('events.facts.waitlist', { count: event.waitlistCount })}
            </Text>
          ) : null}
        </Detail>
        <Detail term={t('events.facts.deadline')}>
          {event.registrationDeadline ? (
            <EventInstant value={event.registrationDeadline} timeZone={event.timeZone} />
          ) : (
            t('events.facts.deadlineAtStart')
          )}
        </Detail>
        {event.organiser ? (
          <Detail term={t('events.facts.organiser')}>
            <Anchor component={Link} to={`/members/${event.organiser.id}`} inherit>
              {event.organiser.name}
            </Anchor>
          </Detail>
        ) : null}
      </DetailList>
    </SectionPanel>
  );
}
