import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@liblab/domain';
import { Button, Group, Loader, Select, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/use-error-message';
import { expertCandidatesQuery, inviteExpertMutation } from './months.operations';

export interface MonthExpertPickerProps {
  monthId: string;
  /** Members already invited, left out of the choice. */
  invitedIds: readonly string[];
  /** Says what happened in the page's live region. */
  onInvited: (name: string) => void;
}

/** Coordinators: find a member in the directory by name and invite them as an expert of the month. */
export function MonthExpertPicker({ monthId, invitedIds, onInvited }: MonthExpertPickerProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const describe = useErrorMessage();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(search.trim().slice(0, LIMITS.searchMax), 250);
  const searchTerm = debounced && debounced !== chosen?.label ? debounced : '';
  const { data, previousData, loading } = useQuery(expertCandidatesQuery, { variables: { search: searchTerm }, skip: !searchTerm });
  const [invite, { loading: inviting }] = useMutation(inviteExpertMutation);

  const found = (searchTerm ? (data ?? previousData)?.members.edges.map((edge) => edge.node) : undefined) ?? [];
  const options = found
    .filter((member) => !invitedIds.includes(member.id))
    .map((member) => ({ value: member.id, label: member.library ? `${member.name} (${member.library.name})` : member.name, name: member.name }));
  if (chosen && !options.some((option) => option.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: chosen.label, name: chosen.name });
  }

  const submit = async () => {
    if (!chosen) {
      setError(t('monthExperts.pickRequired'));
      return;
    }
    setError(null);
    try {
      await invite({ variables: { monthId, memberId: chosen.id } });
      onInvited(chosen.name);
      setChosen(null);
      setSearch('');
    } catch (failure) {
      notify({ title: t('monthExperts.failed'), message: describe(failure), color: 'red' });
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      aria-labelledby="invite-expert-heading"
    >
      <Title order={3} size="h5" id="invite-expert-heading" mb="xs">
        {t('monthExperts.inviteHeading')}
      </Title>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <Select
          label={t('monthExperts.pickLabel')}
          description={t('monthExperts.pickHint')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('monthExperts.pickClear') }}
          value={chosen?.id ?? null}
          onChange={(id) => {
            const option = options.find((candidate) => candidate.value === id);
            setChosen(option ? { id: option.value, name: option.name, label: option.label } : null);
            setError(null);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          data={options.map(({ value, label }) => ({ value, label }))}
          // The server searched already; Mantine's own filter would hide matches on the library name.
          filter={({ options: all }) => all}
          nothingFoundMessage={searchTerm ? (loading ? t('monthExperts.pickSearching') : t('monthExperts.pickNothing')) : undefined}
          rightSection={loading ? <Loader size="xs" aria-hidden="true" /> : undefined}
          error={error}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit" loading={inviting}>
          {t('monthExperts.invite')}
        </Button>
      </Group>
    </form>
  );
}
