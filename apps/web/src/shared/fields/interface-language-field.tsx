import { Select } from '@mantine/core';
import type { Language } from '@liblab/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERFACE_LANGUAGES, toApiLanguage } from '../../i18n/language-codes';

export interface InterfaceLanguageFieldProps {
  value: Language;
  onChange: (value: Language) => void;
  error?: ReactNode;
}

/** The language of the interface and of mail from LibLab, each named in itself. */
export function InterfaceLanguageField({ value, onChange, error }: InterfaceLanguageFieldProps) {
  const { t } = useTranslation();
  const data = INTERFACE_LANGUAGES.map((language) => ({ value: toApiLanguage(language.code), label: language.autonym }));
  return (
    <Select
      label={t('fields.locale')}
      description={t('fields.localeHint')}
      data={data}
      value={value}
      onChange={(next) => {
        if (next) onChange(next as Language);
      }}
      allowDeselect={false}
      error={error}
      withAsterisk
    />
  );
}
