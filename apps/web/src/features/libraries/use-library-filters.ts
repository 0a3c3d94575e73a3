import { readPlaceFilters, useUrlFilters, type PlaceFilters, type UrlFilters } from '../../shared/filters/use-url-filters';

export interface LibraryFilters extends PlaceFilters {
  /** Part of the name or town. */
  q: string;
}

/** The library list's filters in the query string (?country=SE&region=skane&q=malmö). */
export function useLibraryFilters(): UrlFilters<LibraryFilters> {
  return useUrlFilters((params) => ({ ...readPlaceFilters(params), q: params.get('q') ?? '' }));
}
