import { LIMITS } from '@liblab/domain';
import { Box, Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import type { LibraryFilters } from './use-library-filters';

export interface LibraryFiltersFormProps {
  filters: LibraryFilters;
  onChange: (patch: Partial<Record<keyof LibraryFilters, string | null>>) => void;
}

/** Country, region (of that country) and a name-or-city search that applies after a short pause. */
export function LibraryFiltersForm({ filters, onChange }: LibraryFiltersFormProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const [search, setSearch] = useState(filters.q);
  const applySearch = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 350);

  return (
    <Box component="form" role="search" mb="lg" onSubmit={(event) => event.preventDefault()}>
      <Fieldset legend={t('libraries.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t('libraries.search')}
            type="search"
            value={search}
            maxLength={LIMITS.searchMax}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
          />
          <Select
            label={t('filters.country')}
            data={vocabulary.countryOptions}
            value={filters.country}
            onChange={(value) => onChange({ country: value, region: null })}
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
            placeholder={t('filters.anyCountry')}
          />
          <Select
            label={t('filters.region')}
            data={filters.country ? vocabulary.regionOptions(filters.country) : []}
            value={filters.region}
            onChange={(value) => onChange({ region: value })}
            disabled={!filters.country}
            description={filters.country ? undefined : t('filters.regionNeedsCountry')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearRegion') }}
            placeholder={t('filters.anyRegion')}
            nothingFoundMessage={t('fields.nothingFound')}
          />
        </SimpleGrid>
      </Fieldset>
    </Box>
  );
}
