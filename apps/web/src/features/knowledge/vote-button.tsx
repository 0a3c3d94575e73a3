import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { unvoteMutation, voteMutation } from './knowledge.operations';
import { useActionFeedback } from './use-action-feedback';

export interface VoteButtonProps {
  id: string;
  voteCount: number;
  viewerVoted: boolean;
  viewerCanVote: boolean;
  /** What is voted on, for the button's name ("question", "answer by …"). */
  subject: string;
}

/** "Useful" toggle with the count (aria-pressed). Own content cannot be voted on: the button says why. */
export function VoteButton({ id, voteCount, viewerVoted, viewerCanVote, subject }: VoteButtonProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const run = useActionFeedback();
  const [vote, voting] = useMutation(voteMutation);
  const [unvote, unvoting] = useMutation(unvoteMutation);
  const busy = voting.loading || unvoting.loading;
  const toggle = () =>
    void run(
      () => (viewerVoted ? unvote({ variables: { id } }) : vote({ variables: { id } })),
      viewerVoted ? t('knowledge.voteWithdrawn') : t('knowledge.voted'),
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant={viewerVoted ? 'filled' : 'default'}
        color="teal.9"
        size="xs"
        aria-pressed={viewerVoted}
        aria-label={t('knowledge.voteLabel', { subject, count: voteCount })}
        aria-describedby={viewerCanVote || viewerVoted ? undefined : reasonId}
        disabled={!viewerCanVote && !viewerVoted}
        loading={busy}
        onClick={toggle}
      >
        <span aria-hidden="true">▲ {t('knowledge.useful')} · {voteCount}</span>
      </Button>
      {viewerCanVote || viewerVoted ? null : (
        <Text size="xs" c="gray.7" id={reasonId}>
          {t('knowledge.cannotVoteOwn')}
        </Text>
      )}
    </Group>
  );
}
