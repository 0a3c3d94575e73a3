import { ALL_REGIONS } from '@liblab/domain';
import type { EventFilter, EventKind } from '@liblab/web-graphql';
import { useUrlFilters, type UrlFilters } from '../../shared/filters/use-url-filters';

export const EVENT_KINDS: readonly EventKind[] = ['MEETUP', 'WEBINAR', 'CONVENTION'];

export function isEventKind(value: string | null | undefined): value is EventKind {
  return !!value && (EVENT_KINDS as readonly string[]).includes(value);
}

export interface EventFilters {
  kind: EventKind | null;
  /** A region key from the shared list (the API filters by region; webinars have none). */
  region: string | null;
  /** "past" lists events that have ended, latest first. */
  show: 'upcoming' | 'past';
}

/** ?kind=MEETUP&region=buskerud&show=past; unknown values are ignored. */
export function useEventFilters(): UrlFilters<EventFilters> {
  return useUrlFilters((params) => {
    const kind = params.get('kind');
    const region = params.get('region');
    return {
      kind: isEventKind(kind) ? kind : null,
      region: region && ALL_REGIONS.includes(region) ? region : null,
      show: params.get('show') === 'past' ? 'past' : 'upcoming',
    };
  });
}

export function toEventFilter(filters: EventFilters): EventFilter {
  return { kind: filters.kind, region: filters.region, past: filters.show === 'past' };
}

export function isFiltered(filters: EventFilters): boolean {
  return !!(filters.kind || filters.region);
}
