import { useSubscription } from '@apollo/client/react';
import type { RegistrationChangedSubscription } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { eventAvailabilityChangedSubscription, registrationChangedSubscription } from './events.operations';
import { evictEventLists } from './evict-event-lists';

export type RegistrationChange = RegistrationChangedSubscription['registrationChanged'];

/** A sentence for a change to the member's registration, as the event page announces it. */
export function useDescribeRegistrationChange(): (change: RegistrationChange) => string {
  const { t } = useTranslation();
  return (change) => {
    const title = change.registration.event.title;
    switch (change.reason) {
      case 'PROMOTED':
        return t('events.live.PROMOTED', { title });
      case 'EVENT_CANCELLED':
        return t('events.live.EVENT_CANCELLED', { title });
      case 'REGISTERED':
        return change.registration.status === 'WAITLISTED'
          ? t('events.live.REGISTERED_WAITLIST', { title, position: change.registration.waitlistPosition ?? '?' })
          : t('events.live.REGISTERED', { title });
      case 'CANCELLED':
        return t('events.live.CANCELLED', { title });
    }
  };
}

/**
 * The signed-in member's registrations, live (graphql-ws): each change carries the event's current
 * numbers and the member's place, so Apollo's cache updates every page showing that event; `onChange`
 * lets the page say what happened. Visitors have no subscription (the API refuses them).
 */
export function useRegistrationChanges(enabled: boolean, onChange: (change: RegistrationChange) => void): void {
  useSubscription(registrationChangedSubscription, {
    skip: !enabled,
    onData: ({ client, data }) => {
      const change = data.data?.registrationChanged;
      if (!change) return;
      // Registered or cancelled elsewhere: which events are "mine" changed, not only their numbers.
      if (change.reason === 'REGISTERED' || change.reason === 'CANCELLED') evictEventLists(client.cache, ['myEvents', 'eventRegistrations']);
      onChange(change);
    },
  });
}

/**
 * The open event's places and waitlist, live for every member: another member's registration or cancellation
 * changes "places left" and the viewer's waitlist position at once. The answer is normalised into Apollo's
 * cache by the event's id, so nothing else is needed here.
 */
export function useEventAvailability(enabled: boolean, eventId: string): void {
  useSubscription(eventAvailabilityChangedSubscription, { skip: !enabled, variables: { eventId } });
}
