import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Group, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { EmptyState, FilterForm, PageHeader } from '@liblab/web-ui';
import type { TagSort } from '@liblab/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { FilterSearchField } from '../../shared/filters/filter-search-field';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { tagListQuery } from './tags.operations';

function TagDirectory() {
  const { t } = useTranslation();
  const [sort, setSort] = useState<TagSort>('POPULAR');
  const [search, setSearch] = useState<string | null>(null);
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(tagListQuery, { variables: { sort, search } });
  const tags = (data ?? previousData)?.tags;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  return (
    <>
      <FilterForm legend={t('tags.filters')}>
        <Group align="flex-end" wrap="wrap">
          <FilterSearchField label={t('tags.search')} initialValue="" onSearch={setSearch} />
          <SegmentedControl
            aria-label={t('tags.sort')}
            value={sort}
            onChange={(value) => setSort(value as TagSort)}
            data={[
              { value: 'POPULAR', label: t('tags.popular') },
              { value: 'NAME', label: t('tags.byName') },
            ]}
          />
        </Group>
      </FilterForm>
      <ResultsSection
        headingId="tag-results"
        heading={tags ? t('tags.found', { count: tags.totalCount }) : t('tags.results')}
        updating={loading && !!tags && !loadingMore}
      >
        <ConnectionResults
          connection={tags}
          error={error}
          onRetry={() => void refetch()}
          empty={<EmptyState title={t('tags.emptyTitle')} description={t('tags.emptyBody')} />}
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('tags.loadMore')}
        >
          {(nodes) => (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((tag) => (
                <li key={tag.id}>
                  <Anchor component={Link} to={`/tags/${encodeURIComponent(tag.slug)}`} fw={600}>
                    #{tag.name}
                  </Anchor>
                  <Text size="sm" c="gray.8">
                    {t('tags.counts', {
                      questions: t('tags.questionCount', { count: tag.questionCount }),
                      inspirations: t('tags.inspirationCount', { count: tag.inspirationCount }),
                    })}
                  </Text>
                </li>
              ))}
            </SimpleGrid>
          )}
        </ConnectionResults>
      </ResultsSection>
    </>
  );
}

/** /tags: every tag in use, most used first or by name. */
export function TagsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tags.title')} description={t('tags.lead')} />
      <RequireSignIn>
        <TagDirectory />
      </RequireSignIn>
    </>
  );
}
