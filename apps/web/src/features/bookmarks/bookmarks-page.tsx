import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyState, FormattedDate, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { TagList } from '../knowledge/tag-list';
import { myBookmarksQuery } from './bookmarks.operations';

function BookmarkList() {
  const { t } = useTranslation();
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(myBookmarksQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const bookmarks = (data ?? previousData)?.myBookmarks;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  return (
    <ResultsSection
      headingId="bookmark-results"
      heading={bookmarks ? t('bookmarks.found', { count: bookmarks.totalCount }) : t('bookmarks.results')}
      updating={loading && !!bookmarks && !loadingMore}
    >
      <ConnectionResults
        connection={bookmarks}
        error={error}
        onRetry={() => void refetch()}
        empty={<EmptyState title={t('bookmarks.emptyTitle')} description={t('bookmarks.emptyBody')} />}
        loadingMore={loadingMore}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        loadMoreLabel={t('bookmarks.loadMore')}
      >
        {(nodes) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {nodes.map((post) => {
              const isQuestion = post.__typename === 'Question';
              return (
                <li key={post.id}>
                  <Paper withBorder p="md" radius="md">
                    <Stack gap={6}>
                      <Group gap="xs">
                        <Badge variant="outline" color={isQuestion ? 'teal.9' : 'indigo.9'}>
                          {isQuestion ? t('bookmarks.question') : t('bookmarks.inspiration')}
                        </Badge>
                      </Group>
                      <Title order={3} size="h4">
                        <Anchor component={Link} to={`/${isQuestion ? 'questions' : 'inspirations'}/${post.id}`} inherit>
                          {post.title}
                        </Anchor>
                      </Title>
                      {post.__typename === 'Inspiration' && post.summary ? <Text size="sm">{post.summary}</Text> : null}
                      <Text size="sm" c="gray.8">
                        {post.author?.name ?? t('knowledge.formerMember')} · <FormattedDate value={post.createdAt} />
                        {post.__typename === 'Question' ? ` · ${t('questions.answerCount', { count: post.answerCount })}` : ''}
                      </Text>
                      <TagList tags={post.tags} />
                    </Stack>
                  </Paper>
                </li>
              );
            })}
          </Stack>
        )}
      </ConnectionResults>
    </ResultsSection>
  );
}

/** /bookmarks: the questions and inspirations the viewer kept for later. */
export function BookmarksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('bookmarks.title')} description={t('bookmarks.lead')} />
      <RequireSignIn>
        <BookmarkList />
      </RequireSignIn>
    </>
  );
}
