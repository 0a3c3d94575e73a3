import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';

export interface ListFieldProps {
  value: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  onBlur?: () => void;
}

/** Languages a member reads and writes (API Language values). */
export function LanguagesField({ value, onChange, error, onBlur }: ListFieldProps) {
  const { t } = useTranslation();
  const { languageOptions } = useVocabulary();
  return (
    <MultiSelect
      label={t('fields.languages')}
      description={t('fields.languagesHint')}
      data={languageOptions}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      withAsterisk
      clearable={false}
      hidePickedOptions
    />
  );
}
