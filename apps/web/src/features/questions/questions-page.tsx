import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, SegmentedControl, Stack } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { NoFilterMatches } from '../../shared/filters/no-filter-matches';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { PostFiltersForm, usePostFilters } from '../knowledge/post-filters';
import { QuestionCard } from './question-card';
import { questionListQuery } from './questions.operations';

function QuestionList() {
  const { t } = useTranslation();
  const { filters, update, clear, formKey } = usePostFilters();
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(questionListQuery, {
    variables: {
      filter: { tag: filters.tag, language: filters.language, unanswered: filters.show === 'unanswered' ? true : null },
    },
  });
  const questions = (data ?? previousData)?.questions;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = !!filters.tag || !!filters.language || filters.show === 'unanswered';

  return (
    <>
      <SegmentedControl
        mb="md"
        aria-label={t('questions.show')}
        value={filters.show}
        onChange={(value) => update({ show: value === 'unanswered' ? 'unanswered' : null })}
        data={[
          { value: 'all', label: t('questions.all') },
          { value: 'unanswered', label: t('questions.unanswered') },
        ]}
      />
      <PostFiltersForm key={formKey} legend={t('questions.filters')} filters={filters} onChange={update} />
      <ResultsSection
        headingId="question-results"
        heading={questions ? t('questions.found', { count: questions.totalCount }) : t('questions.results')}
        updating={loading && !!questions && !loadingMore}
      >
        <ConnectionResults
          connection={questions}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('questions.loading')}
          empty={
            filtered ? (
              <NoFilterMatches title={t('questions.emptyTitle')} description={t('questions.emptyFiltered')} onClear={clear} />
            ) : (
              <NoFilterMatches title={t('questions.emptyTitle')} description={t('questions.emptyBody')} onClear={clear} />
            )
          }
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('questions.loadMore')}
        >
          {(nodes) => (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((question) => (
                <li key={question.id}>
                  <QuestionCard question={question} />
                </li>
              ))}
            </Stack>
          )}
        </ConnectionResults>
      </ResultsSection>
    </>
  );
}

/** /questions: members' questions, newest first; "Unanswered" is one click away. */
export function QuestionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('questions.title')}
        description={t('questions.lead')}
        actions={
          <Button component={Link} to="/questions/new">
            {t('questions.ask')}
          </Button>
        }
      />
      <RequireSignIn>
        <QuestionList />
      </RequireSignIn>
    </>
  );
}
