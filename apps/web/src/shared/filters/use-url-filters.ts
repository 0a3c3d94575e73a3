import type { Country } from '@liblab/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isCountry, regionsOf } from '../../i18n/vocabulary';

/** A change to some filters: a value sets its query parameter, null or '' removes it. */
export type FilterPatch<Filters> = Partial<Record<keyof Filters, string | null>>;

export interface UrlFilters<Filters> {
  filters: Filters;
  update: (patch: FilterPatch<Filters>) => void;
  /** Removes every filter. */
  clear: () => void;
  /**
   * Changes on each `clear`: use it as the filter form's `key`, so the form starts again and its search
   * box, which keeps its own text while typing, is emptied too.
   */
  formKey: number;
}

/**
 * Filters kept in the query string, so a filtered list can be bookmarked and shared. `read` turns the
 * parameters into filters, ignoring unknown values; changes replace the history entry.
 */
export function useUrlFilters<Filters>(read: (params: URLSearchParams) => Filters): UrlFilters<Filters> {
  const [params, setParams] = useSearchParams();
  const [formKey, setFormKey] = useState(0);
  const update = (patch: FilterPatch<Filters>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries<string | null | undefined>(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  const clear = () => {
    setParams(new URLSearchParams(), { replace: true });
    setFormKey((key) => key + 1);
  };
  return { filters: read(params), update, clear, formKey };
}

export interface PlaceFilters {
  country: Country | null;
  /** A region of `country`. */
  region: string | null;
}

/** ?country=SE&region=skane: a known country, and a region only when it belongs to that country. */
export function readPlaceFilters(params: URLSearchParams): PlaceFilters {
  const rawCountry = params.get('country');
  const country = isCountry(rawCountry) ? rawCountry : null;
  const rawRegion = params.get('region');
  return { country, region: country && rawRegion && regionsOf(country).includes(rawRegion) ? rawRegion : null };
}
