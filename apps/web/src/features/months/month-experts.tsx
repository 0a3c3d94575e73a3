import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import type { MonthExpertFieldsFragment } from '@liblab/web-graphql';
import { ConfirmDialog, LiveStatus, SectionPanel, useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../shared/use-error-message';
import { MonthExpertPicker } from './month-expert-picker';
import { removeExpertMutation } from './months.operations';

export interface MonthExpertsProps {
  monthId: string;
  experts: readonly MonthExpertFieldsFragment[];
  /** Coordinators and admins invite and remove experts until the month is archived. */
  canManage: boolean;
}

/** The month's invited experts, linked to their member pages; coordinators invite and remove them here. */
export function MonthExperts({ monthId, experts, canManage }: MonthExpertsProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const describe = useErrorMessage();
  const [status, setStatus] = useState('');
  // The dialog keeps its member while it fades out, so its text never goes blank.
  const [removing, setRemoving] = useState<MonthExpertFieldsFragment | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [remove, { loading }] = useMutation(removeExpertMutation);

  const confirmRemove = async () => {
    if (!removing) return;
    setStatus('');
    try {
      await remove({ variables: { monthId, memberId: removing.id } });
      setStatus(t('monthExperts.removed', { name: removing.name }));
    } catch (error) {
      notify({ title: t('monthExperts.failed'), message: describe(error), color: 'red' });
    } finally {
      setDialogOpen(false);
    }
  };

  return (
    <SectionPanel headingId="month-experts-heading" title={t('monthExperts.heading')} lead={t('monthExperts.lead')} spacing="md">
      <Stack gap="md">
        {experts.length === 0 ? (
          <Text>{t('monthExperts.none')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {experts.map((expert) => (
              <li key={expert.id}>
                <Paper withBorder p="sm" radius="md">
                  <Group justify="space-between" wrap="wrap" gap="sm">
                    <Stack gap={2}>
                      <Group gap="xs" wrap="wrap">
                        <Anchor component={Link} to={`/members/${expert.id}`} fw={600}>
                          {expert.name}
                        </Anchor>
                        <Badge color="grape.9" variant="filled" size="sm">
                          {t('monthExperts.badge')}
                        </Badge>
                      </Group>
                      {expert.position || expert.library ? (
                        <Text size="sm">
                          {[expert.position, expert.library ? `${expert.library.name}, ${expert.library.city}` : null].filter(Boolean).join(' · ')}
                        </Text>
                      ) : null}
                    </Stack>
                    {canManage ? (
                      <Button
                        variant="outline"
                        color="red.9"
                        size="xs"
                        aria-label={t('monthExperts.removeLabel', { name: expert.name })}
                        onClick={() => {
                          setRemoving(expert);
                          setDialogOpen(true);
                        }}
                      >
                        {t('monthExperts.remove')}
                      </Button>
                    ) : null}
                  </Group>
                </Paper>
              </li>
            ))}
          </Stack>
        )}
        {canManage ? (
          <>
            <Divider />
            <MonthExpertPicker
              monthId={monthId}
              invitedIds={experts.map((expert) => expert.id)}
              onInvited={(name) => setStatus(t('monthExperts.invited', { name }))}
            />
          </>
        ) : null}
        <LiveStatus>{status}</LiveStatus>
      </Stack>
      <ConfirmDialog
        opened={dialogOpen}
        title={t('monthExperts.removeTitle')}
        message={t('monthExperts.removeMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('monthExperts.remove')}
        loading={loading}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setDialogOpen(false)}
      />
    </SectionPanel>
  );
}
