import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Divider, Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import type { AnswerSort } from '@liblab/web-graphql';
import { EmptyState, LoadingState, LoadMorePager, PageHeader } from '@liblab/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { RichHtml } from '../../shared/rich-text/rich-html';
import { AnnouncerProvider } from '../knowledge/announcer';
import { useQuestionActivity } from './use-question-activity';
import { BookmarkButton } from '../knowledge/bookmark-button';
import { ContentComments } from '../knowledge/content-comments';
import { ContentByline } from '../knowledge/content-byline';
import { PostPageHeader } from '../knowledge/post-page-header';
import { ReactionBar } from '../knowledge/reaction-bar';
import { TagList } from '../knowledge/tag-list';
import { VoteButton } from '../knowledge/vote-button';
import { QuestionMonthLink } from '../months/question-month-link';
import { AnswerForm } from './answer-form';
import { AnswerItem } from './answer-item';
import { deleteQuestionMutation, questionAnswersQuery, questionPageQuery } from './questions.operations';

const SORTS: readonly AnswerSort[] = ['ACCEPTED', 'VOTES', 'NEWEST'];

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
                <AnswerItem key={node.id} questionId={questionId} answer={node} onChanged={changed} />
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
  const { data, loading, error, refetch } = useQuery(questionPageQuery, { variables: { id } });
  useQuestionActivity(id);
  const [deleteQuestion] = useMutation(deleteQuestionMutation, { refetchQueries: ['QuestionList'] });
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
      <PostPageHeader
        title={question.title}
        viewerCanEdit={question.viewerCanEdit}
        viewerCanDelete={question.viewerCanDelete}
        editPath={`/questions/${question.id}/edit`}
        listPath="/questions"
        onDelete={() => deleteQuestion({ variables: { id: question.id } })}
        labels={{
          edit: t('questions.edit'),
          delete: t('questions.delete'),
          deleteTitle: t('questions.deleteTitle'),
          deleteMessage: t('questions.deleteMessage'),
          deleted: t('questions.deleted'),
        }}
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
            {question.month ? <QuestionMonthLink month={question.month} /> : null}
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
            <ReactionBar contentId={question.id} summary={question.reactionSummary} showWhoReacted />
            <Divider />
            <ContentComments contentId={question.id} subject={t('questions.thisQuestion')} headingOrder={2} />
          </Stack>
        </Paper>
        <Answers questionId={question.id} onChanged={() => refetch()} />
      </Stack>
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
