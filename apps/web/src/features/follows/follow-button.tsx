import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActionFeedback } from '../knowledge/use-action-feedback';
import {
  followLibraryMutation,
  followMemberMutation,
  followTagMutation,
  unfollowLibraryMutation,
  unfollowMemberMutation,
  unfollowTagMutation,
} from './follows.operations';

interface FollowToggleProps {
  /** Who or what is followed, for the accessible name and the confirmation. */
  name: string;
  following: boolean;
  followerCount?: number;
  busy: boolean;
  onToggle: () => Promise<unknown>;
}

/** Follow / Following (aria-pressed), with the follower count when known. */
function FollowToggle({ name, following, followerCount, busy, onToggle }: FollowToggleProps) {
  const { t } = useTranslation();
  const run = useActionFeedback();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant={following ? 'filled' : 'light'}
        aria-pressed={following}
        aria-label={t('follows.toggle', { name })}
        loading={busy}
        onClick={() => void run(onToggle, following ? t('follows.unfollowed', { name }) : t('follows.followed', { name }))}
      >
        {following ? t('follows.following') : t('follows.follow')}
      </Button>
      {followerCount !== undefined ? (
        <Text size="sm" c="gray.8">
          {t('follows.followers', { count: followerCount })}
        </Text>
      ) : null}
    </Group>
  );
}

export function MemberFollowButton({ member }: { member: { id: string; name: string; followedByMe: boolean; followerCount: number } }) {
  const [follow, following] = useMutation(followMemberMutation);
  const [unfollow, unfollowing] = useMutation(unfollowMemberMutation);
  return (
    <FollowToggle
      name={member.name}
      following={member.followedByMe}
      followerCount={member.followerCount}
      busy={following.loading || unfollowing.loading}
      onToggle={() => (member.followedByMe ? unfollow : follow)({ variables: { id: member.id } })}
    />
  );
}

export function LibraryFollowButton({ library }: { library: { id: string; name: string; followedByMe: boolean; followerCount: number } }) {
  const [follow, following] = useMutation(followLibraryMutation);
  const [unfollow, unfollowing] = useMutation(unfollowLibraryMutation);
  return (
    <FollowToggle
      name={library.name}
      following={library.followedByMe}
      followerCount={library.followerCount}
      busy={following.loading || unfollowing.loading}
      onToggle={() => (library.followedByMe ? unfollow : follow)({ variables: { id: library.id } })}
    />
  );
}

export function TagFollowButton({ tag }: { tag: { slug: string; name: string; viewerFollows: boolean } }) {
  const [follow, following] = useMutation(followTagMutation);
  const [unfollow, unfollowing] = useMutation(unfollowTagMutation);
  return (
    <FollowToggle
      name={`#${tag.name}`}
      following={tag.viewerFollows}
      busy={following.loading || unfollowing.loading}
      onToggle={() => (tag.viewerFollows ? unfollow : follow)({ variables: { slug: tag.slug } })}
    />
  );
}
