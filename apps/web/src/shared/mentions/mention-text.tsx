import { splitMentions } from '@liblab/domain';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** Plain text (a comment) with its `@[Name](member-id)` mentions shown as links to the members. */
export function MentionText({ text }: { text: string }) {
  return splitMentions(text).map((part, index) =>
    'memberId' in part ? (
      <Anchor key={index} component={Link} to={`/members/${part.memberId}`} inherit fw={600}>
        @{part.name}
      </Anchor>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
