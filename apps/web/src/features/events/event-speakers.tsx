import { Anchor, List } from '@mantine/core';
import type { EventSpeakerFieldsFragment } from '@liblab/web-graphql';
import { Link } from 'react-router';

/** A speaker's name, linked to their member page when they are a member (visitors see names only). */
export function SpeakerName({ speaker }: { speaker: EventSpeakerFieldsFragment }) {
  if (!speaker.member) return <>{speaker.name}</>;
  return (
    <Anchor component={Link} to={`/members/${speaker.member.id}`} inherit>
      {speaker.member.name}
    </Anchor>
  );
}

/** Speakers as a list (the event's own) or inline after a session ("Anna Nowak, Karin Grönvall"). */
export function SpeakerList({ speakers, inline }: { speakers: readonly EventSpeakerFieldsFragment[]; inline?: boolean }) {
  if (inline) {
    return (
      <>
        {speakers.map((speaker, index) => (
          <span key={`${speaker.member?.id ?? speaker.name}-${index}`}>
            {index > 0 ? ', ' : ''}
            <SpeakerName speaker={speaker} />
          </span>
        ))}
      </>
    );
  }
  return (
    <List spacing={4}>
      {speakers.map((speaker, index) => (
        <List.Item key={`${speaker.member?.id ?? speaker.name}-${index}`}>
          <SpeakerName speaker={speaker} />
        </List.Item>
      ))}
    </List>
  );
}
