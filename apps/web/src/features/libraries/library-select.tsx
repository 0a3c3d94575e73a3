import { useQuery } from '@apollo/client/react';
import { LIMITS, type Country } from '@liblab/domain';
import type { LibraryOptionFieldsFragment } from '@liblab/web-graphql';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryOptionsQuery } from './library-select.operations';

export type LibraryOption = LibraryOptionFieldsFragment;

export interface LibrarySelectProps {
  label: string;
  value: LibraryOption | null;
  onChange: (value: LibraryOption | null) => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  clearable?: boolean;
  /** Narrow the choice, e.g. to the directory's country and region filters. */
  country?: Country | null;
  region?: string | null;
}

function optionLabel(library: LibraryOption): string {
  return `${library.name} (${library.city})`;
}

/**
 * A searchable library picker fed by the public `libraries` query: the first 50 by name, then the
 * server's own search on what the person types, so it works whatever the size of the network.
 */
export function LibrarySelect({ label, value, onChange, error, description, required, clearable, country, region }: LibrarySelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim().slice(0, LIMITS.searchMax), 300);
  const selectedLabel = value ? optionLabel(value) : '';
  const searchTerm = debounced && debounced !== selectedLabel ? debounced : undefined;

  const { data, previousData, loading, error: loadError } = useQuery(libraryOptionsQuery, {
    variables: { filter: { search: searchTerm, country: country ?? undefined, region: region ?? undefined } },
  });
  const current = data ?? previousData;
  const found: LibraryOption[] = current?.libraries.edges.map((edge) => edge.node) ?? [];
  const options = value && !found.some((library) => library.id === value.id) ? [value, ...found] : found;
  const more = current && current.libraries.totalCount > found.length;

  return (
    <Select
      label={label}
      description={more && !searchTerm ? t('librarySelect.typeToSearch', { count: current.libraries.totalCount }) : description}
      searchable
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('librarySelect.clear') }}
      withAsterisk={required}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((library) => library.id === id) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map((library) => ({ value: library.id, label: optionLabel(library) }))}
      // The server already searched; Mantine's own filter would hide matches on the city.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('librarySelect.searching') : t('librarySelect.nothingFound')}
      rightSection={loading ? <Loader size="xs" aria-hidden="true" /> : undefined}
      error={error ?? (loadError ? t('librarySelect.loadFailed') : undefined)}
    />
  );
}
