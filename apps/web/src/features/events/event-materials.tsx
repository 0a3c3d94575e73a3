import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormAlert, SectionPanel, useNotify } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormError } from '../../shared/fields/use-form-error';
import { updateEventMaterialsMutation, type EventPageData } from './events.operations';

type Event = NonNullable<EventPageData>;

/** Blank means "no link"; anything else is sent as typed for the API to check (http or https only). */
function orNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

function MaterialsForm({ event }: { event: Event }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [save, { loading }] = useMutation(updateEventMaterialsMutation);
  const form = useForm({ initialValues: { recordingUrl: event.recordingUrl ?? '', slidesUrl: event.slidesUrl ?? '' } });
  const { formError, clearFormError, showError } = useFormError(form);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        clearFormError();
        try {
          await save({ variables: { eventId: event.id, input: { recordingUrl: orNull(values.recordingUrl), slidesUrl: orNull(values.slidesUrl) } } });
          notify({ message: t('eventFollowup.materialsSaved'), color: 'teal' });
        } catch (error) {
          showError(error, { recordingUrl: t('fieldErrors.website'), slidesUrl: t('fieldErrors.website') });
        }
      })}
    >
      <Stack gap="sm">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <TextInput type="url" label={t('eventFollowup.recordingUrl')} description={t('eventFollowup.urlHint')} placeholder="https://" {...form.getInputProps('recordingUrl')} />
        <TextInput type="url" label={t('eventFollowup.slidesUrl')} description={t('eventFollowup.urlHint')} placeholder="https://" {...form.getInputProps('slidesUrl')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('eventFollowup.saveMaterials')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The recording and slides after the event. The API gives them to signed-in members only (null for
 * visitors), so a visitor is asked to sign in; organisers add or change the links here.
 */
export function EventMaterials({ event, isSignedIn, hasEnded }: { event: Event; isSignedIn: boolean; hasEnded: boolean }) {
  const { t } = useTranslation();
  const hasLinks = Boolean(event.recordingUrl || event.slidesUrl);
  const canEdit = event.viewerCanManage && event.status !== 'CANCELLED';
  if (!hasLinks && !hasEnded && !canEdit) return null;
  return (
    <SectionPanel headingId="materials-heading" title={t('eventFollowup.materialsHeading')}>
      <Stack gap="md">
        {hasLinks ? (
          <Group gap="lg">
            {event.recordingUrl ? (
              <Anchor href={event.recordingUrl} target="_blank" rel="noopener noreferrer">
                {t('eventFollowup.recording')}
              </Anchor>
            ) : null}
            {event.slidesUrl ? (
              <Anchor href={event.slidesUrl} target="_blank" rel="noopener noreferrer">
                {t('eventFollowup.slides')}
              </Anchor>
            ) : null}
          </Group>
        ) : (
          <Text c="gray.8">{isSignedIn ? t('eventFollowup.noMaterials') : t('eventFollowup.materialsSignIn')}</Text>
        )}
        {canEdit ? <MaterialsForm key={`${event.recordingUrl}|${event.slidesUrl}`} event={event} /> : null}
      </Stack>
    </SectionPanel>
  );
}
