import { useMutation } from '@apollo/client/react';
import { KNOWLEDGE_LIMITS } from '@liblab/domain';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { readApiProblem, type CommentFieldsFragment } from '@liblab/web-graphql';
import { ConfirmDialog, FormattedDate } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MentionText } from '../../shared/mentions/mention-text';
import { MentionTextarea } from '../../shared/mentions/mention-textarea';
import { useErrorMessage } from '../../shared/use-error-message';
import { useAnnounce } from './announcer';
import { addCommentMutation, deleteCommentMutation } from './knowledge.operations';
import { useActionFeedback } from './use-action-feedback';

export interface CommentsSectionProps {
  contentId: string;
  /** What the comments are about, for headings and labels ("this question", "the answer by …"). */
  subject: string;
  comments: readonly CommentFieldsFragment[];
  totalCount: number;
  hasMore: boolean;
  loadingMore?: boolean;
  onShowMore: () => void;
  /** After a comment is added or deleted: read the list again. */
  onChanged: () => Promise<unknown>;
  /** Heading level inside the page outline. */
  headingOrder?: 2 | 3;
}

function CommentForm({ contentId, subject, onAdded }: { contentId: string; subject: string; onAdded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const announce = useAnnounce();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [addComment, { loading }] = useMutation(addCommentMutation);

  const submit = async () => {
    const text = body.trim();
    if (!text) {
      setError(t('fieldErrors.required'));
      return;
    }
    if (text.length > KNOWLEDGE_LIMITS.commentMax) {
      setError(t('fieldErrors.tooLong', { max: KNOWLEDGE_LIMITS.commentMax }));
      return;
    }
    setError(null);
    try {
      await addComment({ variables: { input: { contentId, body: text } } });
      setBody('');
      setOpen(false);
      await onAdded();
      announce(t('comments.added'));
    } catch (failure) {
      const problem = readApiProblem(failure);
      const fieldProblem = problem.fields.find((item) => item.field.endsWith('body'));
      setError(fieldProblem ? t('fieldErrors.tooLong', { max: KNOWLEDGE_LIMITS.commentMax }) : describe(failure));
    }
  };

  if (!open) {
    return (
      <Group>
        <Button size="xs" variant="subtle" onClick={() => setOpen(true)}>
          {t('comments.add')}
        </Button>
      </Group>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="xs">
        <MentionTextarea
          label={t('comments.fieldLabel', { subject })}
          description={`${t('comments.fieldHint', { max: KNOWLEDGE_LIMITS.commentMax })} ${t('mentions.hint')}`}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={KNOWLEDGE_LIMITS.commentMax}
          value={body}
          error={error}
          data-autofocus
          autoFocus
          onChange={setBody}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={loading}>
            {t('comments.submit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              setOpen(false);
              setError(null);
            }}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Comments on an inspiration, question or answer: oldest first, "Show more", add one, delete your own. */
export function CommentsSection({
  contentId,
  subject,
  comments,
  totalCount,
  hasMore,
  loadingMore,
  onShowMore,
  onChanged,
  headingOrder = 3,
}: CommentsSectionProps) {
  const { t } = useTranslation();
  const run = useActionFeedback();
  const [pendingDelete, setPendingDelete] = useState<string | null>(null);
  const [deleteComment, { loading: deleting }] = useMutation(deleteCommentMutation);

  return (
    // A plain group under its heading, not a region: a page lists many of them with the same count.
    <div>
      <Stack gap="xs">
        <Title order={headingOrder} size="h5">
          {t('comments.heading', { count: totalCount })}
        </Title>
        {comments.length > 0 ? (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {comments.map((comment) => (
              <Paper component="li" key={comment.id} bg="gray.0" px="sm" py={6} radius="sm">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <MentionText text={comment.body} />
                </Text>
                <Group gap={6} mt={2} fz="xs">
                  {comment.author ? (
                    <Anchor component={Link} to={`/members/${comment.author.id}`} size="xs" fw={600}>
                      {comment.author.name}
                    </Anchor>
                  ) : (
                    <Text size="xs">{t('knowledge.formerMember')}</Text>
                  )}
                  <Text size="xs" c="gray.8">
                    <FormattedDate value={comment.createdAt} withTime />
                  </Text>
                  {comment.viewerCanDelete ? (
                    <Button
                      size="compact-xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => setPendingDelete(comment.id)}
                      aria-label={t('comments.deleteLabel', { name: comment.author?.name ?? '' })}
                    >
                      {t('comments.delete')}
                    </Button>
                  ) : null}
                </Group>
              </Paper>
            ))}
          </Stack>
        ) : null}
        {hasMore ? (
          <Group>
            <Button size="xs" variant="default" onClick={onShowMore} loading={loadingMore}>
              {t('comments.showMore', { count: totalCount - comments.length })}
            </Button>
          </Group>
        ) : null}
        <CommentForm contentId={contentId} subject={subject} onAdded={onChanged} />
      </Stack>
      <ConfirmDialog
        opened={pendingDelete !== null}
        title={t('comments.deleteTitle')}
        message={t('comments.deleteMessage')}
        confirmLabel={t('comments.delete')}
        loading={deleting}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          const id = pendingDelete;
          if (!id) return;
          void run(async () => {
            await deleteComment({ variables: { id } });
            setPendingDelete(null);
            await onChanged();
          }, t('comments.deleted'));
        }}
      />
    </div>
  );
}
