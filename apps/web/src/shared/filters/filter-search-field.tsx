import { LIMITS } from '@liblab/domain';
import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

export interface FilterSearchFieldProps {
  label: string;
  /** The search the list shows now (from the URL). */
  initialValue: string;
  /** The trimmed text, or null for none. */
  onSearch: (q: string | null) => void;
}

/** A filter form's search box: keeps what is typed and applies it after a short pause. */
export function FilterSearchField({ label, initialValue, onSearch }: FilterSearchFieldProps) {
  const [search, setSearch] = useState(initialValue);
  const applySearch = useDebouncedCallback((value: string) => onSearch(value.trim() || null), 350);
  return (
    <TextInput
      label={label}
      type="search"
      value={search}
      maxLength={LIMITS.searchMax}
      onChange={(event) => {
        setSearch(event.currentTarget.value);
        applySearch(event.currentTarget.value);
      }}
    />
  );
}
