import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack } from '@mantine/core';
import { ConfirmDialog } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RichHtml } from '../../shared/rich-text/rich-html';
import { CommentsSection } from '../knowledge/comments-section';
import { ContentComments } from '../knowledge/content-comments';
import { ContentByline } from '../knowledge/content-byline';
import { ReactionBar } from '../knowledge/reaction-bar';
import { useActionFeedback } from '../knowledge/use-action-feedback';
import { VoteButton } from '../knowledge/vote-button';
import { AnswerForm } from './answer-form';
import {
  acceptAnswerMutation,
  deleteAnswerMutation,
  unacceptAnswerMutation,
  type AnswerItemData,
} from './questions.operations';

export interface AnswerItemProps {
  questionId: string;
  answer: AnswerItemData;
  /** Reads the answers (and the question's counts) again after a change. */
  onChanged: () => Promise<unknown>;
}

/** One answer: who wrote it (expert badge), accepted badge, body, votes, accept, reactions, comments, edit/delete. */
export function AnswerItem({ questionId, answer, onChanged }: AnswerItemProps) {
  const { t } = useTranslation();
  const run = useActionFeedback();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [acceptAnswer, accepting] = useMutation(acceptAnswerMutation);
  const [unacceptAnswer, unaccepting] = useMutation(unacceptAnswerMutation);
  const [deleteAnswer, deleting] = useMutation(deleteAnswerMutation);
  // Past the first comments the answer's comments are read and paged on their own.
  const [allComments, setAllComments] = useState(false);
  const authorName = answer.author?.name ?? t('knowledge.formerMember');
  const subject = t('answers.subject', { name: authorName });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      id={`answer-${answer.id}`}
      tabIndex={-1}
      aria-label={subject}
      style={answer.accepted ? { borderColor: 'var(--mantine-color-teal-9)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <ContentByline
            author={answer.author}
            library={answer.library}
            createdAt={answer.createdAt}
            edited={answer.edited}
            editedAt={answer.editedAt}
            extra={
              answer.byExpert ? (
                <Badge color="grape.9" variant="filled" size="sm">
                  {t('answers.expert')}
                </Badge>
              ) : null
            }
          />
          {answer.accepted ? (
            <Badge color="teal.9" variant="filled">
              {t('answers.accepted')}
            </Badge>
          ) : null}
        </Group>
        {editing ? (
          <AnswerForm
            questionId={questionId}
            answer={{ id: answer.id, body: answer.body }}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <RichHtml html={answer.body} />
        )}
        <Group gap="sm" wrap="wrap">
          <VoteButton
            id={answer.id}
            voteCount={answer.voteCount}
            viewerVoted={answer.viewerVoted}
            viewerCanVote={answer.viewerCanVote}
            subject={subject}
          />
          {answer.viewerCanAccept ? (
            <Button
              size="xs"
              variant={answer.accepted ? 'filled' : 'outline'}
              color="teal.9"
              aria-pressed={answer.accepted}
              loading={accepting.loading || unaccepting.loading}
              onClick={() =>
                void run(async () => {
                  if (answer.accepted) await unacceptAnswer({ variables: { id: answer.id } });
                  else await acceptAnswer({ variables: { id: answer.id } });
                  await onChanged();
                }, answer.accepted ? t('answers.unacceptedNotice') : t('answers.acceptedNotice'))
              }
            >
              {answer.accepted ? t('answers.accepted') : t('answers.accept')}
            </Button>
          ) : null}
          {answer.viewerCanEdit && !editing ? (
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('answers.edit')}
            </Button>
          ) : null}
          {answer.viewerCanDelete ? (
            <Button size="xs" variant="outline" color="red.9" onClick={() => setConfirmDelete(true)}>
              {t('answers.delete')}
            </Button>
          ) : null}
        </Group>
        <ReactionBar contentId={answer.id} summary={answer.reactionSummary} showWhoReacted />
        {allComments ? (
          <ContentComments contentId={answer.id} subject={subject} headingOrder={3} pageSize={20} onChanged={onChanged} />
        ) : (
          <CommentsSection
            contentId={answer.id}
            subject={subject}
            headingOrder={3}
            comments={answer.comments.edges.map((edge) => edge.node)}
            totalCount={answer.comments.totalCount}
            hasMore={answer.comments.pageInfo.hasNextPage}
            onShowMore={() => setAllComments(true)}
            onChanged={onChanged}
          />
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('answers.deleteTitle')}
        message={t('answers.deleteMessage')}
        confirmLabel={t('answers.delete')}
        loading={deleting.loading}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          void run(async () => {
            await deleteAnswer({ variables: { id: answer.id } });
            setConfirmDelete(false);
            await onChanged();
          }, t('answers.deleted'))
        }
      />
    </Paper>
  );
}
