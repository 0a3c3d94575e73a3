import { NetworkStatus } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { LoadMorePager, LoadingState } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoFilterMatches } from '../../shared/filters/no-filter-matches';
import { PlaceFilterFields } from '../../shared/filters/place-filter-fields';
import { QueryError } from '../../shared/query-error';
import { ResultsSection } from '../../shared/lists/results-section';
import { PostFiltersForm } from '../knowledge/post-filters';
import { feedPostAddedSubscription, homeFeedQuery } from './feed.operations';
import { FeedItem } from './feed-item';
import { FEED_SORTS, isFiltered, toFeedFilter, useFeedFilters } from './use-feed-filters';

/**
 * The home feed: what the member follows first (For you), or the newest, or the most useful; narrowed by
 * kind, tag, language and place, kept in the URL. New posts matching the filter are counted live and
 * shown when the member asks ("3 new posts"), so the list never jumps while being read.
 */
export function HomeFeed() {
  const { t } = useTranslation();
  const { filters, update, clear, formKey } = useFeedFilters();
  const filter = toFeedFilter(filters);
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(homeFeedQuery, {
    variables: { filter },
    notifyOnNetworkStatusChange: true,
  });
  const [fresh, setFresh] = useState<{ key: string; ids: string[] }>({ key: '', ids: [] });
  const filterKey = JSON.stringify(filter);
  const newIds = fresh.key === filterKey ? fresh.ids : [];
  useSubscription(feedPostAddedSubscription, {
    variables: { filter },
    onData: ({ data: event }) => {
      const id = event.data?.feedPostAdded.id;
      if (!id) return;
      setFresh((previous) => {
        const ids = previous.key === filterKey ? previous.ids : [];
        return { key: filterKey, ids: ids.includes(id) ? ids : [...ids, id] };
      });
    },
  });
  const feed = (data ?? previousData)?.feed;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const showNew = async () => {
    await refetch();
    setFresh({ key: filterKey, ids: [] });
    document.getElementById('feed-heading')?.scrollIntoView({ block: 'start' });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label={t('feed.sortLabel')}
          value={filters.sort}
          onChange={(value) => update({ sort: value === 'FOR_YOU' ? null : value })}
          data={FEED_SORTS.map((value) => ({ value, label: t(`feed.sorts.${value}`) }))}
        />
        <SegmentedControl
          aria-label={t('feed.kindLabel')}
          value={filters.show === 'unanswered' ? 'UNANSWERED' : (filters.kind ?? 'ALL')}
          onChange={(value) =>
            update(
              value === 'UNANSWERED'
                ? { kind: null, show: 'unanswered' }
                : { kind: value === 'ALL' ? null : value, show: null },
            )
          }
          data={[
            { value: 'ALL', label: t('feed.kinds.ALL') },
            { value: 'INSPIRATION', label: t('feed.kinds.INSPIRATION') },
            { value: 'QUESTION', label: t('feed.kinds.QUESTION') },
            { value: 'UNANSWERED', label: t('feed.kinds.UNANSWERED') },
          ]}
        />
      </Group>
      <PostFiltersForm key={formKey} legend={t('feed.filters')} filters={filters} onChange={update}>
        <Group grow mt="md" align="flex-start">
          <PlaceFilterFields country={filters.country} region={filters.region} onChange={update} />
        </Group>
      </PostFiltersForm>
      <div aria-live="polite">
        {newIds.length > 0 ? (
          <Button variant="light" onClick={() => void showNew()} fullWidth>
            {t('feed.newPosts', { count: newIds.length })}
          </Button>
        ) : null}
      </div>
      <ResultsSection headingId="feed-heading" heading={t('feed.heading')} updating={loading && !!feed && !loadingMore}>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !feed ? (
          <LoadingState label={t('feed.loading')} />
        ) : feed.edges.length === 0 ? (
          <NoFilterMatches
            title={t('feed.emptyTitle')}
            description={isFiltered(filters) ? t('feed.emptyFiltered') : t('feed.emptyBody')}
            onClear={clear}
          />
        ) : (
          <>
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {feed.edges.map((edge) => (
                <li key={edge.cursor}>
                  <FeedItem edge={edge} />
                </li>
              ))}
            </Stack>
            <LoadMorePager
              shown={feed.edges.length}
              hasNextPage={feed.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => void fetchMore({ variables: { after: feed.pageInfo.endCursor } })}
              label={t('feed.loadMore')}
            />
          </>
        )}
      </ResultsSection>
    </Stack>
  );
}
