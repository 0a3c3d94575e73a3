import { LIMITS } from '@liblab/domain';
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import type { ListFieldProps } from './languages-field';

/** Topics from the shared list; others find colleagues by them in the directory. */
export function InterestsField({ value, onChange, error, onBlur }: ListFieldProps) {
  const { t } = useTranslation();
  const { interestOptions } = useVocabulary();
  return (
    <MultiSelect
      label={t('fields.interests')}
      description={t('fields.interestsHint')}
      data={interestOptions}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      maxValues={LIMITS.interestsMax}
      searchable
      hidePickedOptions
      nothingFoundMessage={t('fields.nothingFound')}
    />
  );
}
