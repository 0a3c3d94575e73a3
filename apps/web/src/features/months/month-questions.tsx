import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { MonthStatus } from '@liblab/web-graphql';
import { EmptyState, FormattedDate, RelativeTime } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { formatMinutes, minutesBetween } from './month-time';
import { monthQuestionsQuery, type MonthQuestionItem } from './months.operations';
import { useNow } from '../../shared/use-now';

/** The promise about one question: answered by an expert (and how soon), or still waiting and maybe overdue. */
function PromiseState({ item }: { item: MonthQuestionItem }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const language = i18n.resolvedLanguage ?? 'en';
  if (item.firstExpertAnswerAt) {
    const after = formatMinutes(minutesBetween(item.question.createdAt, item.firstExpertAnswerAt), language) ?? t('monthStats.lessThanMinute');
    return (
      <Group gap="xs" wrap="wrap">
        <Badge color="teal.9" variant="filled">
          {t('monthQuestions.expertAnswered')}
        </Badge>
        <Text size="sm">{t('monthQuestions.answeredAfter', { duration: after })}</Text>
      </Group>
    );
  }
  const overdue = item.escalatedAt !== null || new Date(item.answerDueAt).getTime() < now;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color="red.9" variant="outline">
        {t('monthQuestions.waiting')}
      </Badge>
      {overdue ? (
        <Badge color="red.9" variant="filled">
          {t('monthQuestions.overdue')}
        </Badge>
      ) : null}
      <Text size="sm">
        {t('monthQuestions.dueBy')} <FormattedDate value={item.answerDueAt} withTime />
      </Text>
    </Group>
  );
}

function MonthQuestionCard({ item }: { item: MonthQuestionItem }) {
  const { t } = useTranslation();
  const { question } = item;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Title order={3} size="h4" lang={question.language.toLowerCase()}>
          <Anchor component={Link} to={`/questions/${question.id}`} inherit>
            {question.title}
          </Anchor>
        </Title>
        <PromiseState item={item} />
        <Text size="sm" c="gray.8">
          {t('monthQuestions.askedBy', { name: question.author?.name ?? t('knowledge.formerMember') })}
          {question.library ? `, ${question.library.name}` : ''} · <RelativeTime value={question.createdAt} /> ·{' '}
          {t('monthQuestions.answerCount', { count: question.answerCount })}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The month's questions, newest first, with "Waiting for an expert" one click away (kept in the URL). */
export function MonthQuestions({ monthId, status }: { monthId: string; status: MonthStatus }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unanswered = params.get('show') === 'unanswered';
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(monthQuestionsQuery, {
    // Left out rather than false, so "all" is one cache entry whatever page asked for it.
    variables: { id: monthId, ...(unanswered ? { unanswered: true } : {}) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const questions = (data ?? previousData)?.month.questions;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const empty = unanswered
    ? t('monthQuestions.emptyUnanswered')
    : status === 'OPEN'
      ? t('monthQuestions.emptyOpen')
      : t('monthQuestions.emptyClosed');

  return (
    <ResultsSection
      headingId="month-questions-heading"
      heading={questions ? t('monthQuestions.heading', { count: questions.totalCount }) : t('monthQuestions.headingPlain')}
      updating={loading && !!questions && !loadingMore}
    >
      <SegmentedControl
        aria-label={t('monthQuestions.show')}
        value={unanswered ? 'unanswered' : 'all'}
        onChange={(value) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (value === 'unanswered') next.set('show', 'unanswered');
              else next.delete('show');
              return next;
            },
            { replace: true, preventScrollReset: true },
          )
        }
        data={[
          { value: 'all', label: t('monthQuestions.all') },
          { value: 'unanswered', label: t('monthQuestions.unanswered') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <ConnectionResults
        connection={questions}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('monthQuestions.loading')}
        empty={<EmptyState title={t('monthQuestions.emptyTitle')} description={empty} />}
        loadingMore={loadingMore}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        loadMoreLabel={t('monthQuestions.loadMore')}
      >
        {(nodes) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {nodes.map((item) => (
              <li key={item.question.id}>
                <MonthQuestionCard item={item} />
              </li>
            ))}
          </Stack>
        )}
      </ConnectionResults>
    </ResultsSection>
  );
}
