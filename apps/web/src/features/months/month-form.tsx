import { Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MonthInput } from '@liblab/web-graphql';
import { FormAlert } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormError } from '../../shared/fields/use-form-error';
import { MONTH_FORM_LIMITS as L } from './month-limits';
import { fromLocalInputValue, viewerTimeZone } from './month-time';

export interface MonthFormValues {
  title: string;
  theme: string;
  description: string;
  /** `datetime-local` values in the viewer's zone. */
  startsAt: string;
  endsAt: string;
  coverImageUrl: string;
  answerHours: number | string;
}

export interface MonthFormProps {
  initialValues: MonthFormValues;
  submitLabel: string;
  /** Open months keep their answer time: their questions were promised it. */
  answerHoursLocked?: boolean;
  onSubmit: (input: MonthInput) => Promise<void>;
  onCancel: () => void;
}

const HTTPS_URL = /^https:\/\/\S+$/i;

/** What the API receives: trimmed text, instants for the viewer's wall-clock times, null for no cover. */
function toInput(values: MonthFormValues): MonthInput {
  return {
    title: values.title.trim(),
    theme: values.theme.trim(),
    description: values.description.trim(),
    startsAt: fromLocalInputValue(values.startsAt) ?? '',
    endsAt: fromLocalInputValue(values.endsAt) ?? '',
    coverImageUrl: values.coverImageUrl.trim() || null,
    answerHours: Number(values.answerHours),
  };
}

/**
 * A month's title, theme, description, dates, cover and answer time. Checked here with the API's limits;
 * what the API still refuses is shown under its field, and nothing typed is lost.
 */
export function MonthForm({ initialValues, submitLabel, answerHoursLocked, onSubmit, onCancel }: MonthFormProps) {
  const { t } = useTranslation();
  const zone = viewerTimeZone();
  const messages = {
    title: t('monthFieldErrors.title', { min: L.titleMin, max: L.titleMax }),
    theme: t('monthFieldErrors.theme', { min: L.themeMin, max: L.themeMax }),
    description: t('fieldErrors.tooLong', { max: L.descriptionMax }),
    startsAt: t('monthFieldErrors.dateTime'),
    endsAt: t('monthFieldErrors.endsAt'),
    coverImageUrl: t('monthFieldErrors.coverImageUrl'),
    answerHours: t('monthFieldErrors.answerHours', { max: L.answerHoursMax }),
  };
  const form = useForm<MonthFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: {
      title: (value) => (value.trim().length < L.titleMin || value.trim().length > L.titleMax ? messages.title : null),
      theme: (value) => (value.trim().length < L.themeMin || value.trim().length > L.themeMax ? messages.theme : null),
      description: (value) => (value.trim().length > L.descriptionMax ? messages.description : null),
      startsAt: (value) => (fromLocalInputValue(value) ? null : messages.startsAt),
      endsAt: (value, values) => {
        const end = fromLocalInputValue(value);
        if (!end) return t('monthFieldErrors.dateTime');
        const start = fromLocalInputValue(values.startsAt);
        return start && end <= start ? messages.endsAt : null;
      },
      coverImageUrl: (value) =>
        value.trim() === '' || (HTTPS_URL.test(value.trim()) && value.trim().length <= L.urlMax) ? null : messages.coverImageUrl,
      answerHours: (value) => {
        const hours = Number(value);
        return Number.isInteger(hours) && hours >= 1 && hours <= L.answerHoursMax ? null : messages.answerHours;
      },
    },
  });
  const { formError, clearFormError, showError } = useFormError(form);

  const submit = async (values: MonthFormValues) => {
    clearFormError();
    try {
      await onSubmit(toInput(values));
    } catch (error) {
      showError(error, messages);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md" maw={760}>
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <TextInput label={t('monthForm.title')} withAsterisk maxLength={L.titleMax} {...form.getInputProps('title')} />
        <TextInput
          label={t('monthForm.theme')}
          description={t('monthForm.themeHint')}
          withAsterisk
          maxLength={L.themeMax}
          {...form.getInputProps('theme')}
        />
        <Textarea
          label={t('monthForm.description')}
          description={t('monthForm.descriptionHint')}
          autosize
          minRows={4}
          maxLength={L.descriptionMax}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('monthForm.startsAt')}
            description={t('monthForm.timesHint', { zone })}
            withAsterisk
            {...form.getInputProps('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('monthForm.endsAt')}
            description={t('monthForm.timesHint', { zone })}
            withAsterisk
            {...form.getInputProps('endsAt')}
          />
        </SimpleGrid>
        <TextInput
          type="url"
          label={t('monthForm.coverImageUrl')}
          description={t('monthForm.coverImageUrlHint')}
          placeholder="https://"
          maxLength={L.urlMax}
          {...form.getInputProps('coverImageUrl')}
        />
        <NumberInput
          label={t('monthForm.answerHours')}
          description={answerHoursLocked ? t('monthForm.answerHoursLocked') : t('monthForm.answerHoursHint', { max: L.answerHoursMax })}
          withAsterisk
          min={1}
          max={L.answerHoursMax}
          allowDecimal={false}
          allowNegative={false}
          disabled={answerHoursLocked}
          maw={240}
          {...form.getInputProps('answerHours')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
