import { isInterest } from '@liblab/domain';
import type { Role } from '@liblab/web-graphql';
import { useSearchParams } from 'react-router';
import { API_ROLES, isCountry, regionsOf } from '../../i18n/vocabulary';

export interface DirectoryFilters {
  country: 'PL' | 'SE' | 'NO' | null;
  region: string | null;
  /** Library slug. */
  library: string | null;
  role: Role | null;
  interest: string | null;
  /** Part of the name. */
  q: string;
}

type FilterPatch = Partial<Record<keyof DirectoryFilters, string | null>>;

/**
 * The directory's filters live in the query string (?country=PL&region=slaskie&role=EXPERT&q=anna), so a
 * filtered list can be bookmarked and shared. Unknown values are ignored.
 */
export function useDirectoryFilters(): [DirectoryFilters, (patch: FilterPatch) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const rawCountry = params.get('country');
  const country = isCountry(rawCountry) ? rawCountry : null;
  const rawRegion = params.get('region');
  const region = country && rawRegion && regionsOf(country).includes(rawRegion) ? rawRegion : null;
  const rawRole = params.get('role');
  const role = API_ROLES.find((value) => value === rawRole) ?? null;
  const rawInterest = params.get('interest');
  const filters: DirectoryFilters = {
    country,
    region,
    library: params.get('library') || null,
    role,
    interest: rawInterest && isInterest(rawInterest) ? rawInterest : null,
    q: params.get('q') ?? '',
  };

  const update = (patch: FilterPatch) => {
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

  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return [filters, update, clear];
}
