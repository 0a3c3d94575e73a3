import { Badge, Group } from '@mantine/core';
import type { Role } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';

// Dark shades on white: the outline badges keep text contrast above 4.5:1.
const ROLE_COLORS: Record<Role, string> = { ADMIN: 'grape.9', COORDINATOR: 'indigo.9', EXPERT: 'teal.9', MEMBER: 'gray.8' };

/** Roles beyond "member" as badges; everyone is a member, so that one is only shown when alone. */
export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const { role } = useVocabulary();
  const special = roles.filter((value) => value !== 'MEMBER');
  const shown: readonly Role[] = special.length > 0 ? special : ['MEMBER'];
  return (
    <Group gap={6} aria-label={t('members.rolesLabel')} role="list">
      {shown.map((value) => (
        <Badge key={value} color={ROLE_COLORS[value]} variant="outline" role="listitem">
          {role(value)}
        </Badge>
      ))}
    </Group>
  );
}
