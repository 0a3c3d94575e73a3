import { EVENT_LIMITS as L, type Country } from '@liblab/domain';
import { Button, Fieldset, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { readApiProblem, type EventInput } from '@liblab/web-graphql';
import { applyApiProblem, FormAlert, type ErrorTarget } from '@liblab/web-ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import { useErrorMessage } from '../../shared/use-error-message';
import { eventFieldMessage, hasPlace, validateEvent, valuePaths, valuesToInput, type EventFormValues } from './event-form-values';
import { BreakoutRoomRows } from './breakout-room-rows';
import { SessionRows } from './session-rows';
import { SpeakerRows } from './speaker-rows';
import { EVENT_KINDS } from './use-event-filters';
import { browserTimeZone, timeZoneNames, zoneLabel } from './zoned-time';

export interface EventFormProps {
  initialValues: EventFormValues;
  isNew: boolean;
  /** Members who already have a place (an edit may not give fewer places). */
  confirmedCount?: number;
  submitLabel: string;
  onSubmit: (input: EventInput) => Promise<void>;
  onCancel: () => void;
}

/**
 * Every field of an event. Times are typed as the wall clock of the chosen zone (the browser's by default)
 * and sent as instants. The API's rules are checked first; what it still refuses appears under the
 * field it names, nested ones (`sessions.2.endsAt`) included, and the values stay as typed.
 */
export function EventForm({ initialValues, isNew, confirmedCount = 0, submitLabel, onSubmit, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const describe = useErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EventFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => validateEvent(values, t, isNew),
  });
  const zones = useMemo(() => timeZoneNames([browserTimeZone(), initialValues.timeZone]).map((zone) => ({ value: zone, label: zoneLabel(zone) })), [initialValues.timeZone]);
  const { kind, timeZone, country } = form.values;
  const inPerson = hasPlace(kind);
  const zoneHint = t('events.form.localTimeIn', { zone: zoneLabel(timeZone) });

  // A refused check moves focus to the first field that needs attention, so keyboard users land on it.
  const focusFirstInvalid = (_errors: unknown, _values: unknown, event?: FormEvent<HTMLFormElement>) => {
    const element = event?.currentTarget;
    // After React has rendered the errors (and set aria-invalid).
    window.setTimeout(() => element?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };

  const submit = async (values: EventFormValues) => {
    setFormError(null);
    try {
      await onSubmit(valuesToInput(values));
    } catch (error) {
      const problem = readApiProblem(error);
      // The target knows every nested path, so `sessions.0.speakers.1.memberId` finds its input.
      const target: ErrorTarget = {
        getValues: () => Object.fromEntries(valuePaths(form.getValues()).map((path) => [path, true])),
        setErrors: (errors) => form.setErrors(errors),
      };
      const messages = Object.fromEntries(problem.fields.map((item) => [item.field, eventFieldMessage(t, item.field, confirmedCount)]));
      const { placed, unplaced } = applyApiProblem(target, problem, messages);
      if (!placed || unplaced.length > 0) setFormError(describe(error));
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstInvalid)} noValidate>
      <Stack gap="lg">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <Fieldset legend={t('events.form.basics')}>
          <Stack gap="md">
            <Radio.Group label={t('events.form.kind')} withAsterisk {...form.getInputProps('kind')}>
              <Group mt="xs">
                {EVENT_KINDS.map((value) => (
                  <Radio key={value} value={value} label={t(`events.kinds.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput label={t('events.form.title')} withAsterisk maxLength={L.titleMax} {...form.getInputProps('title')} />
            <Textarea
              label={t('events.form.description')}
              description={t('events.form.descriptionHint')}
              autosize
              minRows={4}
              maxLength={L.descriptionMax}
              {...form.getInputProps('description')}
            />
            <Textarea
              label={t('events.form.agenda')}
              description={t('events.form.agendaHint')}
              autosize
              minRows={3}
              maxLength={L.agendaMax}
              {...form.getInputProps('agenda')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.when')}>
          <Stack gap="md">
            <Select
              label={t('events.form.timeZone')}
              description={t('events.form.timeZoneHint')}
              withAsterisk
              searchable
              allowDeselect={false}
              data={zones}
              nothingFoundMessage={t('fields.nothingFound')}
              {...form.getInputProps('timeZone')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="datetime-local" label={t('events.form.startsAt')} description={zoneHint} withAsterisk {...form.getInputProps('startsAt')} />
              <TextInput type="datetime-local" label={t('events.form.endsAt')} description={zoneHint} withAsterisk {...form.getInputProps('endsAt')} />
              <TextInput
                type="datetime-local"
                label={t('events.form.deadline')}
                description={t('events.form.deadlineHint', { zone: zoneLabel(timeZone) })}
                {...form.getInputProps('registrationDeadline')}
              />
              <NumberInput
                label={t('events.form.capacity')}
                description={t('events.form.capacityHint')}
                min={1}
                max={L.capacityMax}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('capacity')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={inPerson ? t('events.form.where') : t('events.form.online')}>
          <Stack gap="md">
            {inPerson ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('events.form.city')} withAsterisk maxLength={100} {...form.getInputProps('city')} />
                <TextInput label={t('events.form.venue')} maxLength={L.venueMax} {...form.getInputProps('venue')} />
                <TextInput label={t('events.form.address')} maxLength={L.addressMax} {...form.getInputProps('address')} />
                <Select
                  label={t('filters.country')}
                  data={vocabulary.countryOptions}
                  clearable
                  clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
                  value={country}
                  onChange={(value) => {
                    form.setFieldValue('country', value as Country | null);
                    form.setFieldValue('region', null);
                  }}
                />
                <Select
                  label={t('filters.region')}
                  description={country ? t('events.form.regionHint') : t('filters.regionNeedsCountry')}
                  data={country ? vocabulary.regionOptions(country) : []}
                  disabled={!country}
                  searchable
                  clearable
                  clearButtonProps={{ 'aria-label': t('filters.clearRegion') }}
                  nothingFoundMessage={t('fields.nothingFound')}
                  {...form.getInputProps('region')}
                />
              </SimpleGrid>
            ) : null}
            <TextInput
              type="url"
              label={t('events.form.joinUrl')}
              description={kind === 'WEBINAR' ? t('events.form.joinUrlHint') : t('events.form.joinUrlHybridHint')}
              placeholder="https://"
              {...form.getInputProps('joinUrl')}
            />
          </Stack>
        </Fieldset>

        <SpeakerRows form={form} path="speakers" legend={t('events.form.speakers')} speakers={form.values.speakers} />

        {kind === 'CONVENTION' ? <SessionRows form={form} /> : null}
        {kind === 'CONVENTION' ? <BreakoutRoomRows form={form} /> : null}

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
