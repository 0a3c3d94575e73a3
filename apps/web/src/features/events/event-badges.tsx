import { Badge, Group } from '@mantine/core';
import type { EventAvailabilityFieldsFragment, EventKind, ViewerRegistrationFieldsFragment } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../shared/use-now';

export function KindBadge({ kind }: { kind: EventKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="indigo.9" variant="outline">
      {t(`events.kinds.${kind}`)}
    </Badge>
  );
}

/** The viewer's own place: "You have a place" or "Waitlist: number 2". */
export function MyRegistrationBadge({ registration }: { registration: ViewerRegistrationFieldsFragment }) {
  const { t } = useTranslation();
  switch (registration.status) {
    case 'CONFIRMED':
      return (
        <Badge color="teal.9" variant="filled">
          {t('events.badges.registered')}
        </Badge>
      );
    case 'WAITLISTED':
      return (
        <Badge color="grape.9" variant="filled">
          {registration.waitlistPosition ? t('events.badges.waitlistPosition', { position: registration.waitlistPosition }) : t('events.badges.waitlisted')}
        </Badge>
      );
    case 'CANCELLED':
      return null;
  }
}

export interface AvailabilityBadgesProps {
  event: EventAvailabilityFieldsFragment & { startsAt: string; endsAt: string };
}

/** Cancelled, over, places left, full with a waitlist, registration closed; then the viewer's own place. */
export function AvailabilityBadges({ event }: AvailabilityBadgesProps) {
  const { t } = useTranslation();
  const now = useNow();
  const badges = [];
  if (event.status === 'CANCELLED') {
    badges.push(
      <Badge key="state" color="red.9" variant="filled">
        {t('events.badges.cancelled')}
      </Badge>,
    );
  } else if (new Date(event.endsAt).getTime() <= now) {
    badges.push(
      <Badge key="state" color="gray.8" variant="outline">
        {t('events.badges.past')}
      </Badge>,
    );
  } else if (new Date(event.startsAt).getTime() <= now) {
    badges.push(
      <Badge key="state" color="teal.9" variant="outline">
        {t('events.badges.happening')}
      </Badge>,
    );
  } else {
    if (event.placesLeft === null || event.placesLeft === undefined) {
      badges.push(
        <Badge key="places" color="teal.9" variant="outline">
          {t('events.badges.unlimited')}
        </Badge>,
      );
    } else if (event.placesLeft > 0) {
      badges.push(
        <Badge key="places" color="teal.9" variant="outline">
          {t('events.badges.placesLeft', { count: event.placesLeft })}
        </Badge>,
      );
    } else {
      badges.push(
        <Badge key="places" color="red.9" variant="outline">
          {t('events.badges.full')}
        </Badge>,
      );
      if (event.registrationOpen) {
        badges.push(
          <Badge key="waitlist" color="grape.9" variant="outline">
            {event.waitlistCount > 0 ? t('events.badges.waitlistCount', { count: event.waitlistCount }) : t('events.badges.waitlistOpen')}
          </Badge>,
        );
      }
    }
    if (!event.registrationOpen) {
      badges.push(
        <Badge key="closed" color="gray.8" variant="outline">
          {t('events.badges.registrationClosed')}
        </Badge>,
      );
    }
  }
  // A cancelled event's registrations keep their status, but "You have a place" would mislead there.
  if (event.viewerRegistration && event.status !== 'CANCELLED') {
    badges.push(<MyRegistrationBadge key="mine" registration={event.viewerRegistration} />);
  }
  return <Group gap="xs">{badges}</Group>;
}
