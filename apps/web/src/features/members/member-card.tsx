import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { MemberCardFieldsFragment } from '@liblab/web-graphql';
import { Link } from 'react-router';
import { RoleBadges } from './role-badges';

export interface MemberCardProps {
  member: MemberCardFieldsFragment;
  /** Heading level of the name inside the page's outline. */
  headingOrder?: 2 | 3 | 4;
  /** Leave out the library (on the library's own page). */
  hideLibrary?: boolean;
}

/** A member in a list: name (to their page), job title, library and roles. */
export function MemberCard({ member, headingOrder = 3, hideLibrary }: MemberCardProps) {
  return (
    <Card withBorder padding="md" radius="md" component="article" h="100%">
      <Stack gap={6}>
        <Title order={headingOrder} size="h4">
          <Anchor component={Link} to={`/members/${member.id}`} underline="hover" fw={700}>
            {member.name}
          </Anchor>
        </Title>
        {member.position ? <Text>{member.position}</Text> : null}
        {!hideLibrary && member.library ? (
          <Text size="sm">
            <Anchor component={Link} to={`/libraries/${member.library.slug}`} c="gray.8" underline="always">
              {member.library.name}
            </Anchor>
          </Text>
        ) : null}
        <RoleBadges roles={member.roles} />
      </Stack>
    </Card>
  );
}
