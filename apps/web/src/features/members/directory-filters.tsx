import { LIMITS } from '@liblab/domain';
import { Box, Button, Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import { LibrarySelect, type LibraryOption } from '../libraries/library-select';
import type { DirectoryFilters } from './use-directory-filters';

export interface DirectoryFiltersFormProps {
  filters: DirectoryFilters;
  library: LibraryOption | null;
  onChange: (patch: Partial<Record<keyof DirectoryFilters, string | null>>) => void;
  onClear: () => void;
}

/** Filters for the member directory; every change applies at once (the name after a short pause). */
export function DirectoryFiltersForm({ filters, library, onChange, onClear }: DirectoryFiltersFormProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const [search, setSearch] = useState(filters.q);
  const applySearch = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 350);
  const active = Object.values(filters).some((value) => value !== null && value !== '');

  return (
    <Box component="form" role="search" mb="lg" onSubmit={(event) => event.preventDefault()}>
    <Fieldset legend={t('directory.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <TextInput
          label={t('directory.searchName')}
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
          onChange={(value) => onChange({ country: value, region: null, library: null })}
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
          placeholder={t('filters.anyCountry')}
        />
        <Select
          label={t('filters.region')}
          data={filters.country ? vocabulary.regionOptions(filters.country) : []}
          value={filters.region}
          onChange={(value) => onChange({ region: value, library: null })}
          disabled={!filters.country}
          description={filters.country ? undefined : t('filters.regionNeedsCountry')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearRegion') }}
          placeholder={t('filters.anyRegion')}
          nothingFoundMessage={t('fields.nothingFound')}
        />
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
        <Button
          variant="subtle"
          mt="md"
          onClick={() => {
            setSearch('');
            onClear();
          }}
        >
          {t('filters.clearAll')}
        </Button>
      ) : null}
    </Fieldset>
    </Box>
  );
}
