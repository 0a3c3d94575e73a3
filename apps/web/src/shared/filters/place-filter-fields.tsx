import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import type { PlaceFilters } from './use-url-filters';

export interface PlaceFilterFieldsProps extends PlaceFilters {
  /** A new country also clears the region. */
  onChange: (patch: { country?: string | null; region: string | null }) => void;
}

/** Country, then a region of that country (the region waits for a country). */
export function PlaceFilterFields({ country, region, onChange }: PlaceFilterFieldsProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return (
    <>
      <Select
        label={t('filters.country')}
        data={vocabulary.countryOptions}
        value={country}
        onChange={(value) => onChange({ country: value, region: null })}
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
        placeholder={t('filters.anyCountry')}
      />
      <Select
        label={t('filters.region')}
        data={country ? vocabulary.regionOptions(country) : []}
        value={region}
        onChange={(value) => onChange({ region: value })}
        disabled={!country}
        description={country ? undefined : t('filters.regionNeedsCountry')}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearRegion') }}
        placeholder={t('filters.anyRegion')}
        nothingFoundMessage={t('fields.nothingFound')}
      />
    </>
  );
}
