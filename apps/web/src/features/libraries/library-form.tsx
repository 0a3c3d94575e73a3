import { LIMITS, type Country } from '@liblab/domain';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { LibraryInput } from '@liblab/web-graphql';
import { readApiProblem } from '@liblab/web-graphql';
import { FormAlert } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import {
  libraryFieldMessages,
  libraryValidation,
  slugify,
  toLibraryInput,
  type LibraryFormValues,
} from './library-form-values';
import { useFormError } from '../../shared/fields/use-form-error';

export interface LibraryFormProps {
  initialValues: LibraryFormValues;
  submitLabel: string;
  /** Saves; a thrown API error is shown under the fields it names. */
  onSubmit: (input: LibraryInput) => Promise<void>;
  onCancel?: () => void;
  /** A coordinator manages only their own region: country and region are then fixed. */
  placeLocked?: boolean;
  /** New libraries get an address key made from the name until the person edits it. */
  suggestSlug?: boolean;
}

/** Create or edit a library: the fields of the API's LibraryInput, checked with the same limits. */
export function LibraryForm({ initialValues, submitLabel, onSubmit, onCancel, placeLocked, suggestSlug }: LibraryFormProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const [slugEdited, setSlugEdited] = useState(!suggestSlug);
  const form = useForm<LibraryFormValues>({
    initialValues,
    validate: libraryValidation(t),
    validateInputOnBlur: true,
  });
  const { formError, clearFormError, showError } = useFormError(form);

  const submit = async (values: LibraryFormValues) => {
    clearFormError();
    try {
      await onSubmit(toLibraryInput(values));
    } catch (error) {
      const slugTaken = readApiProblem(error).code === 'CONFLICT';
      showError(error, slugTaken ? { slug: t('fieldErrors.slugTaken') } : libraryFieldMessages(t));
    }
  };

  const country = form.values.country;
  const nameProps = form.getInputProps('name');

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <TextInput
          label={t('libraryForm.name')}
          withAsterisk
          maxLength={LIMITS.libraryNameMax}
          {...nameProps}
          onChange={(event) => {
            const name = event.currentTarget.value;
            form.setFieldValue('name', name);
            if (!slugEdited) form.setFieldValue('slug', slugify(name));
          }}
        />
        <TextInput
          label={t('libraryForm.slug')}
          description={t('libraryForm.slugHint')}
          withAsterisk
          {...form.getInputProps('slug')}
          onChange={(event) => {
            setSlugEdited(true);
            form.setFieldValue('slug', event.currentTarget.value);
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('libraryForm.city')} withAsterisk maxLength={LIMITS.cityMax} {...form.getInputProps('city')} />
          <Select
            label={t('filters.country')}
            data={vocabulary.countryOptions}
            withAsterisk
            disabled={placeLocked}
            allowDeselect={false}
            {...form.getInputProps('country')}
            onChange={(value) => {
              form.setFieldValue('country', value as Country | null);
              form.setFieldValue('region', null);
            }}
          />
          <Select
            label={t('filters.region')}
            data={country ? vocabulary.regionOptions(country) : []}
            withAsterisk
            searchable
            disabled={placeLocked || !country}
            description={placeLocked ? t('libraryForm.placeLocked') : country ? undefined : t('filters.regionNeedsCountry')}
            nothingFoundMessage={t('fields.nothingFound')}
            {...form.getInputProps('region')}
          />
        </SimpleGrid>
        <TextInput label={t('libraryForm.address')} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('libraryForm.website')} type="url" placeholder="https://" {...form.getInputProps('website')} />
          <TextInput label={t('libraryForm.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('libraryForm.phone')} type="tel" maxLength={LIMITS.phoneMax} {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Textarea
          label={t('libraryForm.description')}
          autosize
          minRows={4}
          maxRows={12}
          maxLength={LIMITS.descriptionMax}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
