import { ActionIcon, Button, Fieldset, Group, Select, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { EVENT_LIMITS } from '@liblab/domain';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberSuggestions } from '../../shared/mentions/use-member-suggestions';
import { emptySpeaker, type EventFormValues, type SpeakerValue } from './event-form-values';

interface MemberPickerProps {
  label: string;
  memberId: string | null;
  memberName: string;
  error?: ReactNode;
  onChange: (member: { id: string; name: string } | null) => void;
}

/** A member from the directory, found by typing part of the name. */
function MemberPicker({ label, memberId, memberName, error, onChange }: MemberPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(memberName);
  // Once a member is chosen the box shows their name; only other text is a search.
  const { members, loading } = useMemberSuggestions(search.trim() && search !== memberName ? search : null);
  const libraries = new Map(members.map((member) => [member.id, member.libraryName]));
  const options = [
    ...(memberId ? [{ value: memberId, label: memberName }] : []),
    ...members.filter((member) => member.id !== memberId).map((member) => ({ value: member.id, label: member.name })),
  ];
  return (
    <Select
      label={label}
      placeholder={t('events.form.speakerSearch')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={memberId}
      filter={({ options: all }) => all}
      onChange={(value, option) => onChange(value && option ? { id: value, name: option.label } : null)}
      nothingFoundMessage={loading ? t('events.form.searching') : search.trim() ? t('events.form.noMember') : t('events.form.typeToSearch')}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          {libraries.get(option.value) ? (
            <Text size="xs" c="gray.8">
              {libraries.get(option.value)}
            </Text>
          ) : null}
        </div>
      )}
      error={error}
      withAsterisk
    />
  );
}

function SpeakerRow({ form, path, index, speaker }: { form: UseFormReturnType<EventFormValues>; path: string; index: number; speaker: SpeakerValue }) {
  const { t } = useTranslation();
  const rowPath = `${path}.${index}`;
  // The API names `.name` for "member or guest, one of the two"; show it under whichever input is there.
  const error = form.errors[`${rowPath}.memberId`] ?? form.errors[`${rowPath}.name`];
  const n = index + 1;
  return (
    <Group align="flex-end" wrap="wrap" gap="sm">
      <SegmentedControl
        aria-label={t('events.form.speakerType', { n })}
        value={speaker.type}
        onChange={(value) => form.setFieldValue(`${rowPath}.type`, value === 'guest' ? 'guest' : 'member')}
        data={[
          { value: 'member', label: t('events.form.speakerMember') },
          { value: 'guest', label: t('events.form.speakerGuest') },
        ]}
      />
      <div style={{ flex: 1, minWidth: 220 }}>
        {speaker.type === 'member' ? (
          <MemberPicker
            label={t('events.form.speakerMemberLabel', { n })}
            memberId={speaker.memberId}
            memberName={speaker.memberName}
            error={error}
            onChange={(member) => {
              form.setFieldValue(`${rowPath}.memberId`, member?.id ?? null);
              form.setFieldValue(`${rowPath}.memberName`, member?.name ?? '');
              form.clearFieldError(`${rowPath}.memberId`);
              form.clearFieldError(`${rowPath}.name`);
            }}
          />
        ) : (
          <TextInput
            label={t('events.form.speakerGuestLabel', { n })}
            maxLength={EVENT_LIMITS.speakerNameMax}
            withAsterisk
            {...form.getInputProps(`${rowPath}.name`)}
            error={error}
          />
        )}
      </div>
      <ActionIcon variant="outline" color="red.9" size="lg" mb={error ? 24 : 2} aria-label={t('events.form.removeSpeaker', { n })} onClick={() => form.removeListItem(path, index)}>
        <span aria-hidden="true">✕</span>
      </ActionIcon>
    </Group>
  );
}

/** The speakers of the event, or of one session: each a member of the network or a guest by name. */
export function SpeakerRows({ form, path, legend, speakers }: { form: UseFormReturnType<EventFormValues>; path: string; legend: string; speakers: SpeakerValue[] }) {
  const { t } = useTranslation();
  const error = form.errors[path];
  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        {speakers.length === 0 ? <Text size="sm">{t('events.form.noSpeakers')}</Text> : null}
        {speakers.map((speaker, index) => (
          <SpeakerRow key={speaker.key} form={form} path={path} index={index} speaker={speaker} />
        ))}
        {speakers.length < EVENT_LIMITS.speakersMax ? (
          <Group>
            <Button variant="default" size="xs" onClick={() => form.insertListItem(path, emptySpeaker())}>
              {t('events.form.addSpeaker')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
