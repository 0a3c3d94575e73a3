import { SimpleGrid } from '@mantine/core';
import type { MemberCardFieldsFragment } from '@liblab/web-graphql';
import { MemberCard } from './member-card';

/** Member cards in a responsive grid; a list for assistive technology. */
export function MemberGrid({ members, hideLibrary }: { members: readonly MemberCardFieldsFragment[]; hideLibrary?: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {members.map((member) => (
        <li key={member.id}>
          <MemberCard member={member} hideLibrary={hideLibrary} />
        </li>
      ))}
    </SimpleGrid>
  );
}
