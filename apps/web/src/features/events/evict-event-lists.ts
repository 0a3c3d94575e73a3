import type { ApolloCache } from '@apollo/client';

/** The cached lists a change to events or registrations can add to, remove from or reorder. */
export type EventListField = 'events' | 'myEvents' | 'eventRegistrations';

/**
 * Drops cached pages of these lists. `refetchQueries` by name only reaches lists on screen; a list
 * visited earlier would come back from the cache without the new event or registration. An evicted list
 * on screen is read again at once; one off screen is read when next shown.
 */
export function evictEventLists(cache: ApolloCache, fields: readonly EventListField[]): void {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
