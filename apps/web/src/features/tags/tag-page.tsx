import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { EmptyState, LoadingState, LoadMorePager, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { InspirationCard } from '../inspirations/inspiration-card';
import { inspirationListQuery } from '../inspirations/inspirations.operations';
import { QuestionCard } from '../questions/question-card';
import { questionListQuery } from '../questions/questions.operations';
import { TagFollowButton } from '../follows/follow-button';
import { tagPageQuery } from './tags.operations';

function TagQuestions({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(questionListQuery, {
    variables: { filter: { tag: slug } },
    notifyOnNetworkStatusChange: true,
  });
  const questions = data?.questions;
  return (
    <section aria-labelledby="tag-questions">
      <Title order={2} size="h3" id="tag-questions" mb="sm">
        {t('tagPage.questions')}
      </Title>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !questions ? (
        <LoadingState />
      ) : questions.edges.length === 0 ? (
        <EmptyState title={t('tagPage.noQuestions')} />
      ) : (
        <>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {questions.edges.map(({ node }) => (
              <li key={node.id}>
                <QuestionCard question={node} />
              </li>
            ))}
          </Stack>
          <LoadMorePager
            shown={questions.edges.length}
            total={questions.totalCount}
            hasNextPage={questions.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: questions.pageInfo.endCursor } })}
            label={t('questions.loadMore')}
          />
        </>
      )}
    </section>
  );
}

function TagInspirations({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(inspirationListQuery, {
    variables: { filter: { tag: slug } },
    notifyOnNetworkStatusChange: true,
  });
  const inspirations = data?.inspirations;
  return (
    <section aria-labelledby="tag-inspirations">
      <Title order={2} size="h3" id="tag-inspirations" mb="sm">
        {t('tagPage.inspirations')}
      </Title>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !inspirations ? (
        <LoadingState />
      ) : inspirations.edges.length === 0 ? (
        <EmptyState title={t('tagPage.noInspirations')} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {inspirations.edges.map(({ node }) => (
              <li key={node.id}>
                <InspirationCard inspiration={node} />
              </li>
            ))}
          </SimpleGrid>
          <LoadMorePager
            shown={inspirations.edges.length}
            total={inspirations.totalCount}
            hasNextPage={inspirations.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: inspirations.pageInfo.endCursor } })}
            label={t('inspirations.loadMore')}
          />
        </>
      )}
    </section>
  );
}

function TagView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(tagPageQuery, { variables: { slug } });
  const tag = data?.tag;
  if (!tag) {
    return (
      <>
        <PageHeader title={t('tagPage.title')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={`#${tag.name}`}
        description={t('tags.counts', {
          questions: t('tags.questionCount', { count: tag.questionCount }),
          inspirations: t('tags.inspirationCount', { count: tag.inspirationCount }),
        })}
        actions={
          <Group gap="xs">
            <TagFollowButton tag={tag} />
            <Button component={Link} to="/tags" variant="default">
              {t('tagPage.allTags')}
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        <TagQuestions slug={tag.slug} />
        <TagInspirations slug={tag.slug} />
      </Stack>
    </>
  );
}

/** /tags/:slug: the questions and inspirations with one tag. */
export function TagPage() {
  const { slug = '' } = useParams();
  return (
    <RequireSignIn>
      <TagView key={slug} slug={slug} />
    </RequireSignIn>
  );
}
