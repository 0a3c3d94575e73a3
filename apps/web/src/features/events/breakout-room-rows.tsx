import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { EVENT_LIMITS, LIMITS } from '@liblab/domain';
import { useTranslation } from 'react-i18next';
import { rowKey, type EventFormValues } from './event-form-values';

/** A convention's per-project breakout rooms: name, project, a room on site and/or an online link, a session. */
export function BreakoutRoomRows({ form }: { form: UseFormReturnType<EventFormValues> }) {
  const { t } = useTranslation();
  const { breakoutRooms, sessions } = form.values;
  const error = form.errors['breakoutRooms'];
  // Sessions without a title yet cannot be told apart in the list; they join it once named.
  const sessionOptions = sessions
    .map((session, i) => ({ value: session.key, label: session.title.trim() || t('events.form.session', { n: i + 1 }) }));
  return (
    <Fieldset legend={t('eventFollowup.roomsLegend')}>
      <Stack gap="md">
        <Text size="sm">{t('eventFollowup.roomsHint')}</Text>
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        {breakoutRooms.map((room, index) => {
          const path = `breakoutRooms.${index}`;
          const n = index + 1;
          return (
            <Fieldset key={room.key} legend={t('eventFollowup.room', { n })}>
              <Stack gap="sm">
                <Group align="flex-end" wrap="nowrap" gap="sm">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('eventFollowup.roomNameLabel', { n })}
                    withAsterisk
                    maxLength={EVENT_LIMITS.breakoutNameMax}
                    {...form.getInputProps(`${path}.name`)}
                  />
                  <ActionIcon
                    variant="outline"
                    color="red.9"
                    size="lg"
                    mb={form.errors[`${path}.name`] ? 24 : 2}
                    aria-label={t('eventFollowup.removeRoom', { n })}
                    onClick={() => form.removeListItem('breakoutRooms', index)}
                  >
                    <span aria-hidden="true">✕</span>
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('eventFollowup.roomProjectLabel', { n })}
                    withAsterisk
                    maxLength={EVENT_LIMITS.breakoutProjectMax}
                    {...form.getInputProps(`${path}.project`)}
                  />
                  <Select
                    label={t('eventFollowup.roomSessionLabel', { n })}
                    placeholder={t('eventFollowup.roomNoSession')}
                    data={sessionOptions}
                    clearable
                    {...form.getInputProps(`${path}.sessionKey`)}
                  />
                  <TextInput label={t('eventFollowup.roomPlaceLabel', { n })} maxLength={EVENT_LIMITS.roomMax} {...form.getInputProps(`${path}.room`)} />
                  <TextInput
                    type="url"
                    label={t('eventFollowup.roomUrlLabel', { n })}
                    placeholder="https://"
                    maxLength={LIMITS.urlMax}
                    {...form.getInputProps(`${path}.url`)}
                  />
                </SimpleGrid>
              </Stack>
            </Fieldset>
          );
        })}
        {breakoutRooms.length < EVENT_LIMITS.breakoutRoomsMax ? (
          <Group>
            <Button
              variant="default"
              onClick={() => form.insertListItem('breakoutRooms', { key: rowKey(), name: '', project: '', room: '', url: '', sessionKey: null })}
            >
              {t('eventFollowup.addRoom')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
