import { Button, Select, SimpleGrid } from '@mantine/core';
import { FilterForm } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import { FilterSearchField } from '../../shared/filters/filter-search-field';
import { PlaceFilterFields } from '../../shared/filters/place-filter-fields';
import type { FilterPatch } from '../../shared/filters/use-url-filters';
import { LibrarySelect, type LibraryOption } from '../libraries/library-select';
import type { DirectoryFilters } from './use-directory-filters';

export interface DirectoryFiltersFormProps {
  filters: DirectoryFilters;
  library: LibraryOption | null;
  onChange: (patch: FilterPatch<DirectoryFilters>) => void;
  /** Clears every filter; the page starts the form again, which empties the search box. */
  onClear: () => void;
}

/** Filters for the member directory; every change applies at once (the name after a short pause). */
export function DirectoryFiltersForm({ filters, library, onChange, onClear }: DirectoryFiltersFormProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const active = Object.values(filters).some((value) => value !== null && value !== '');

  return (
    <FilterForm legend={t('directory.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <FilterSearchField label={t('directory.searchName')} initialValue={filters.q} onSearch={(q) => onChange({ q })} />
        {/* The chosen library may not be in the new place. */}
        <PlaceFilterFields country={filters.country} region={filters.region} onChange={(patch) => onChange({ ...patch, library: null })} />
        <LibrarySelect
          label={t('filters.library')}
          value={library}
          onChange={(value) => onChange({ library: value?.slug ?? null })}
          country={filters.country}
          region={filters.region}
          clearable
        />
        <Select
          label={t('filters.role')}
          data={vocabulary.roleOptions}
          value={filters.role}
          onChange={(value) => onChange({ role: value })}
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearRole') }}
          placeholder={t('filters.anyRole')}
        />
        <Select
          label={t('filters.interest')}
          data={vocabulary.interestOptions}
          value={filters.interest}
          onChange={(value) => onChange({ interest: value })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearInterest') }}
          placeholder={t('filters.anyInterest')}
          nothingFoundMessage={t('fields.nothingFound')}
        />
      </SimpleGrid>
      {active ? (
        <Button variant="subtle" mt="md" onClick={onClear}>
          {t('filters.clearAll')}
        </Button>
      ) : null}
    </FilterForm>
  );
}
