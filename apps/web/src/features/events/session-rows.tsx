import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { EVENT_LIMITS } from '@liblab/domain';
import { useTranslation } from 'react-i18next';
import { rowKey, type EventFormValues } from './event-form-values';
import { SpeakerRows } from './speaker-rows';
import { zoneLabel } from './zoned-time';

/** A convention's programme: sessions with their times (in the event's zone), room, track and speakers. */
export function SessionRows({ form }: { form: UseFormReturnType<EventFormValues> }) {
  const { t } = useTranslation();
  const { sessions, timeZone } = form.values;
  const error = form.errors['sessions'];
  const addSession = () =>
    form.insertListItem('sessions', {
      key: rowKey(),
      title: '',
      // A new session starts where the previous one ended, or with the event.
      startsAt: sessions.at(-1)?.endsAt || form.values.startsAt,
      endsAt: '',
      room: '',
      track: '',
      speakers: [],
    });
  return (
    <Fieldset legend={t('events.form.programme')}>
      <Stack gap="md">
        <Text size="sm">{t('events.form.programmeHint', { zone: zoneLabel(timeZone) })}</Text>
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        {sessions.map((session, index) => {
          const path = `sessions.${index}`;
          const n = index + 1;
          return (
            <Fieldset key={session.key} legend={t('events.form.session', { n })}>
              <Stack gap="sm">
                <Group align="flex-end" wrap="nowrap" gap="sm">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('events.form.sessionTitle', { n })}
                    withAsterisk
                    maxLength={EVENT_LIMITS.titleMax}
                    {...form.getInputProps(`${path}.title`)}
                  />
                  <ActionIcon
                    variant="outline"
                    color="red.9"
                    size="lg"
                    mb={form.errors[`${path}.title`] ? 24 : 2}
                    aria-label={t('events.form.removeSession', { n })}
                    onClick={() => form.removeListItem('sessions', index)}
                  >
                    <span aria-hidden="true">✕</span>
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput type="datetime-local" label={t('events.form.sessionStarts', { n })} withAsterisk {...form.getInputProps(`${path}.startsAt`)} />
                  <TextInput type="datetime-local" label={t('events.form.sessionEnds', { n })} withAsterisk {...form.getInputProps(`${path}.endsAt`)} />
                  <TextInput label={t('events.form.room', { n })} maxLength={EVENT_LIMITS.roomMax} {...form.getInputProps(`${path}.room`)} />
                  <TextInput label={t('events.form.track', { n })} maxLength={EVENT_LIMITS.roomMax} {...form.getInputProps(`${path}.track`)} />
                </SimpleGrid>
                <SpeakerRows form={form} path={`${path}.speakers`} legend={t('events.form.sessionSpeakers', { n })} speakers={session.speakers} />
              </Stack>
            </Fieldset>
          );
        })}
        {sessions.length < EVENT_LIMITS.sessionsMax ? (
          <Group>
            <Button variant="default" onClick={addSession}>
              {t('events.form.addSession')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
