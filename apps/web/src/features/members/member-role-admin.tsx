import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { GrantableRole, Role } from '@liblab/web-graphql';
import { ConfirmDialog, LiveStatus, SectionPanel, useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRANTABLE_ROLES, useVocabulary } from '../../i18n/vocabulary';
import { grantRoleMutation, revokeRoleMutation } from './member-page.operations';
import { useErrorMessage } from '../../shared/use-error-message';

export interface MemberRoleAdminProps {
  memberId: string;
  memberName: string;
  roles: readonly Role[];
  /** Admins cannot take away their own admin role (the API refuses). */
  isSelf: boolean;
}

/** Admins only: grant or revoke the expert, coordinator and admin roles; revoking asks first. */
export function MemberRoleAdmin({ memberId, memberName, roles, isSelf }: MemberRoleAdminProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { role: roleName } = useVocabulary();
  const describe = useErrorMessage();
  // The dialog keeps its role while it fades out, so its button never loses its name.
  const [dialogRole, setDialogRole] = useState<GrantableRole>('EXPERT');
  const [dialogOpen, setDialogOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<GrantableRole | null>(null);
  const [grant] = useMutation(grantRoleMutation);
  const [revoke] = useMutation(revokeRoleMutation);

  const change = async (role: GrantableRole, give: boolean) => {
    setStatus('');
    setPending(role);
    try {
      if (give) await grant({ variables: { memberId, role } });
      else await revoke({ variables: { memberId, role } });
      setStatus(
        give
          ? t('memberPage.roles.granted', { role: roleName(role), name: memberName })
          : t('memberPage.roles.revoked', { role: roleName(role), name: memberName }),
      );
    } catch (error) {
      notify({ title: t('memberPage.roles.failed'), message: describe(error), color: 'red' });
    } finally {
      setPending(null);
      setDialogOpen(false);
    }
  };

  return (
    <SectionPanel headingId="role-admin-heading" title={t('memberPage.roles.title')} lead={t('memberPage.roles.lead')} spacing="md">
      <Stack gap="sm">
        {GRANTABLE_ROLES.map((role) => {
          const has = roles.includes(role);
          const locked = has && role === 'ADMIN' && isSelf;
          return (
            <Group key={role} justify="space-between" wrap="wrap">
              <Group gap="sm">
                <Text fw={600}>{roleName(role)}</Text>
                <Badge color={has ? 'teal.9' : 'gray.8'} variant="outline">
                  {has ? t('memberPage.roles.has') : t('memberPage.roles.hasNot')}
                </Badge>
              </Group>
              {has ? (
                <Button
                  variant="default"
                  color="red"
                  disabled={locked}
                  title={locked ? t('memberPage.roles.ownAdmin') : undefined}
                  onClick={() => {
                    setDialogRole(role);
                    setDialogOpen(true);
                  }}
                >
                  {t('memberPage.roles.revoke', { role: roleName(role) })}
                </Button>
              ) : (
                <Button
                  variant="light"
                  loading={pending === role}
                  onClick={() => void change(role, true)}
                >
                  {t('memberPage.roles.grant', { role: roleName(role) })}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {isSelf && roles.includes('ADMIN') ? (
        <Text size="sm" mt="sm">
          {t('memberPage.roles.ownAdmin')}
        </Text>
      ) : null}
      <LiveStatus>{status}</LiveStatus>
      <ConfirmDialog
        opened={dialogOpen}
        title={t('memberPage.roles.confirmTitle')}
        message={t('memberPage.roles.confirmBody', { role: roleName(dialogRole), name: memberName })}
        confirmLabel={t('memberPage.roles.revoke', { role: roleName(dialogRole) })}
        loading={pending !== null}
        onConfirm={() => void change(dialogRole, false)}
        onCancel={() => setDialogOpen(false)}
      />
    </SectionPanel>
  );
}
