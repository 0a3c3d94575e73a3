import type { FeedFilter, FeedSort, Language, PostKind } from '@liblab/web-graphql';
import { API_LANGUAGES } from '../../i18n/language-codes';
import { readPlaceFilters, useUrlFilters, type PlaceFilters, type UrlFilters } from '../../shared/filters/use-url-filters';

export const FEED_SORTS: readonly FeedSort[] = ['FOR_YOU', 'NEWEST', 'USEFUL'];
const KINDS: readonly PostKind[] = ['INSPIRATION', 'QUESTION'];

export interface FeedFilters extends PlaceFilters {
  sort: FeedSort;
  kind: PostKind | null;
  tag: string | null;
  language: Language | null;
  show: 'all' | 'unanswered';
}

/** ?sort=NEWEST&kind=QUESTION&tag=…&language=SV&country=SE&region=skane&show=unanswered */
export function useFeedFilters(): UrlFilters<FeedFilters> {
  return useUrlFilters((params) => {
    const sort = params.get('sort');
    const kind = params.get('kind');
    const language = params.get('language');
    return {
      sort: sort && (FEED_SORTS as readonly string[]).includes(sort) ? (sort as FeedSort) : 'FOR_YOU',
      kind: kind && (KINDS as readonly string[]).includes(kind) ? (kind as PostKind) : null,
      tag: params.get('tag') || null,
      language: language && (API_LANGUAGES as readonly string[]).includes(language) ? (language as Language) : null,
      show: params.get('show') === 'unanswered' ? 'unanswered' : 'all',
      ...readPlaceFilters(params),
    };
  });
}

/** What the API is asked for; "unanswered" implies questions. */
export function toFeedFilter(filters: FeedFilters): FeedFilter {
  const unanswered = filters.show === 'unanswered';
  return {
    sort: filters.sort,
    kind: unanswered ? 'QUESTION' : filters.kind,
    tag: filters.tag,
    language: filters.language,
    region: filters.region,
    unanswered: unanswered ? true : null,
  };
}

export function isFiltered(filters: FeedFilters): boolean {
  return !!(filters.kind || filters.tag || filters.language || filters.country || filters.region || filters.show === 'unanswered');
}
