import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Divider, Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import type { AnswerSort } from '@liblab/web-graphql';
import { ConfirmDialog, EmptyState, LoadingState, LoadMorePager, PageHeader } from '@liblab/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { RichHtml } from '../../shared/rich-text/rich-html';
import { AnnouncerProvider } from '../knowledge/announcer';
import { useQuestionActivity } from './use-question-activity';
import { BookmarkButton } from '../knowledge/bookmark-button';
import { CommentsSection } from '../knowledge/comments-section';
import { ContentByline } from '../knowledge/content-byline';
import { questionCommentsQuery } from '../knowledge/knowledge.operations';
import { ReactionBar } from '../knowledge/reaction-bar';
import { TagList } from '../knowledge/tag-list';
import { useActionFeedback } from '../knowledge/use-action-feedback';
import { VoteButton } from '../knowledge/vote-button';
import { AnswerForm } from './answer-form';
import { AnswerItem } from './answer-item';
import { deleteQuestionMutation, questionAnswersQuery, questionPageQuery } from './questions.operations';

const SORTS: readonly AnswerSort[] = ['ACCEPTED', 'VOTES', 'NEWEST'];

function QuestionComments({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(questionCommentsQuery, { variables: { id }, notifyOnNetworkStatusChange: true });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const comments = data?.question.comments;
  if (!comments) return <LoadingState />;
  return (
    <CommentsSection
      contentId={id}
      subject={t('questions.thisQuestion')}
      headingOrder={2}
      comments={comments.edges.map((edge) => edge.node)}
      totalCount={comments.totalCount}
      hasMore={comments.pageInfo.hasNextPage}
      loadingMore={networkStatus === NetworkStatus.fetchMore}
      onShowMore={() => void fetchMore({ variables: { after: comments.pageInfo.endCursor } })}
      onChanged={() => refetch()}
    />
  );
}

/** /questions/:id#answer-<id> (search results, notifications): once the answers are shown, go to that one. */
function useScrollToAnswer(ready: boolean) {
  const { hash } = useLocation();
  const done = useRef('');
  useEffect(() => {
    if (!ready || !hash.startsWith('#answer-') || done.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    done.current = hash;
    // After the page's own focus on its heading, so the answer is where the reader lands.
    window.setTimeout(() => {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }, 100);
  }, [ready, hash]);
}

function Answers({ questionId, onChanged }: { questionId: string; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<AnswerSort>('ACCEPTED');
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(questionAnswersQuery, {
    variables: { id: questionId, sort },
    notifyOnNetworkStatusChange: true,
  });
  const answers = (data ?? previousData)?.question.answers;
  useScrollToAnswer(!!answers);
  const changed = async () => {
    await Promise.all([refetch(), onChanged()]);
  };

  return (
    <section aria-labelledby="answers-heading">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <div aria-live="polite">
            <Title order={2} size="h3" id="answers-heading">
              {answers ? t('answers.heading', { count: answers.totalCount }) : t('answers.headingPlain')}
            </Title>
          </div>
          <SegmentedControl
            aria-label={t('answers.sort')}
            value={sort}
            onChange={(value) => setSort(value as AnswerSort)}
            data={SORTS.map((value) => ({ value, label: t(`answers.sorts.${value}`) }))}
          />
        </Group>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !answers ? (
          <LoadingState label={t('answers.loading')} />
        ) : answers.edges.length === 0 ? (
          <EmptyState title={t('answers.emptyTitle')} description={t('answers.emptyBody')} />
        ) : (
          <>
            <Stack gap="md">
              {answers.edges.map(({ node }) => (
                <AnswerItem key={node.id} questionId={questionId} answer={node} sort={sort} onChanged={changed} />
              ))}
            </Stack>
            <LoadMorePager
              shown={answers.edges.length}
              total={answers.totalCount}
              hasNextPage={answers.pageInfo.hasNextPage}
              loading={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={() => void fetchMore({ variables: { after: answers.pageInfo.endCursor } })}
              label={t('answers.loadMore')}
            />
          </>
        )}
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="answer-form-heading">
          <Title order={2} size="h4" id="answer-form-heading" mb="sm">
            {t('answers.formHeading')}
          </Title>
          <AnswerForm questionId={questionId} onDone={changed} />
        </Paper>
      </Stack>
    </section>
  );
}

function QuestionView({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const run = useActionFeedback();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { data, loading, error, refetch } = useQuery(questionPageQuery, { variables: { id } });
  useQuestionActivity(id);
  const [deleteQuestion, deleting] = useMutation(deleteQuestionMutation, { refetchQueries: ['QuestionList'] });
  const question = data?.question;

  if (!question) {
    return (
      <>
        <PageHeader title={t('questions.pageTitle')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={question.title}
        actions={
          <>
            {question.viewerCanEdit ? (
              <Button component={Link} to={`/questions/${question.id}/edit`} variant="light">
                {t('questions.edit')}
              </Button>
            ) : null}
            {question.viewerCanDelete ? (
              <Button variant="outline" color="red.9" onClick={() => setConfirmDelete(true)}>
                {t('questions.delete')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <ContentByline
              author={question.author}
              library={question.library}
              createdAt={question.createdAt}
              edited={question.edited}
              editedAt={question.editedAt}
            />
            <TagList tags={question.tags} />
            <RichHtml html={question.body} lang={question.language.toLowerCase()} />
            <Group gap="sm" wrap="wrap">
              <VoteButton
                id={question.id}
                voteCount={question.voteCount}
                viewerVoted={question.viewerVoted}
                viewerCanVote={question.viewerCanVote}
                subject={t('questions.thisQuestion')}
              />
              <BookmarkButton postId={question.id} bookmarked={question.viewerBookmarked} />
            </Group>
            <ReactionBar contentId={question.id} summary={question.reactionSummary} whoReacted={{ kind: 'question', id: question.id }} />
            <Divider />
            <QuestionComments id={question.id} />
          </Stack>
        </Paper>
        <Answers questionId={question.id} onChanged={() => refetch()} />
      </Stack>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('questions.deleteTitle')}
        message={t('questions.deleteMessage')}
        confirmLabel={t('questions.delete')}
        loading={deleting.loading}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          void run(async () => {
            await deleteQuestion({ variables: { id: question.id } });
            setConfirmDelete(false);
            await navigate('/questions', { replace: true });
          }, t('questions.deleted'))
        }
      />
    </>
  );
}

/** /questions/:id: the question, its comments and reactions, and its answers with votes and acceptance. */
export function QuestionPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <AnnouncerProvider>
        <QuestionView key={id} id={id} />
      </AnnouncerProvider>
    </RequireSignIn>
  );
}
