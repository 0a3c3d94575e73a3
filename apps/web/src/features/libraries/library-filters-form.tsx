import { SimpleGrid } from '@mantine/core';
import { FilterForm } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { FilterSearchField } from '../../shared/filters/filter-search-field';
import { PlaceFilterFields } from '../../shared/filters/place-filter-fields';
import type { FilterPatch } from '../../shared/filters/use-url-filters';
import type { LibraryFilters } from './use-library-filters';

export interface LibraryFiltersFormProps {
  filters: LibraryFilters;
  onChange: (patch: FilterPatch<LibraryFilters>) => void;
}

/** Country, region (of that country) and a name-or-city search that applies after a short pause. */
export function LibraryFiltersForm({ filters, onChange }: LibraryFiltersFormProps) {
  const { t } = useTranslation();
  return (
    <FilterForm legend={t('libraries.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <FilterSearchField label={t('libraries.search')} initialValue={filters.q} onSearch={(q) => onChange({ q })} />
        <PlaceFilterFields country={filters.country} region={filters.region} onChange={onChange} />
      </SimpleGrid>
    </FilterForm>
  );
}
