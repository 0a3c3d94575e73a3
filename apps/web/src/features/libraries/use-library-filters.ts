import type { Country } from '@liblab/domain';
import { useSearchParams } from 'react-router';
import { isCountry, regionsOf } from '../../i18n/vocabulary';

export interface LibraryFilters {
  country: Country | null;
  region: string | null;
  q: string;
}

/** The library list's filters in the query string (?country=SE&region=skane&q=malmö). */
export function useLibraryFilters(): [LibraryFilters, (patch: Partial<Record<keyof LibraryFilters, string | null>>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const rawCountry = params.get('country');
  const country = isCountry(rawCountry) ? rawCountry : null;
  const rawRegion = params.get('region');
  const filters: LibraryFilters = {
    country,
    region: country && rawRegion && regionsOf(country).includes(rawRegion) ? rawRegion : null,
    q: params.get('q') ?? '',
  };
  const update = (patch: Partial<Record<keyof LibraryFilters, string | null>>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return [filters, update, () => setParams(new URLSearchParams(), { replace: true })];
}
