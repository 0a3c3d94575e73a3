import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LibrarySelect, type LibraryOption } from './library-select';

export interface HomeLibraryFieldProps {
  initialValue: LibraryOption | null;
  /** The chosen library's id, for the form. */
  onChange: (libraryId: string | null) => void;
  error?: ReactNode;
  description?: ReactNode;
}

/** A member's home library (required); keeps the chosen library for the picker's label, gives the form its id. */
export function HomeLibraryField({ initialValue, onChange, error, description }: HomeLibraryFieldProps) {
  const { t } = useTranslation();
  const [library, setLibrary] = useState(initialValue);
  return (
    <LibrarySelect
      label={t('fields.library')}
      description={description}
      required
      value={library}
      onChange={(value) => {
        setLibrary(value);
        onChange(value?.id ?? null);
      }}
      error={error}
    />
  );
}
