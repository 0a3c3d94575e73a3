import { isInterest } from '@liblab/domain';
import type { Role } from '@liblab/web-graphql';
import { API_ROLES } from '../../i18n/vocabulary';
import { readPlaceFilters, useUrlFilters, type PlaceFilters, type UrlFilters } from '../../shared/filters/use-url-filters';

export interface DirectoryFilters extends PlaceFilters {
  /** Library slug. */
  library: string | null;
  role: Role | null;
  interest: string | null;
  /** Part of the name. */
  q: string;
}

/**
 * The directory's filters live in the query string (?country=PL&region=slaskie&role=EXPERT&q=anna), so a
 * filtered list can be bookmarked and shared. Unknown values are ignored.
 */
export function useDirectoryFilters(): UrlFilters<DirectoryFilters> {
  return useUrlFilters((params) => {
    const rawRole = params.get('role');
    const rawInterest = params.get('interest');
    return {
      ...readPlaceFilters(params),
      library: params.get('library') || null,
      role: API_ROLES.find((value) => value === rawRole) ?? null,
      interest: rawInterest && isInterest(rawInterest) ? rawInterest : null,
      q: params.get('q') ?? '',
    };
  });
}
