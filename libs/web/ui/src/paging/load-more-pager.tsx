import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadMorePagerProps {
  /** How many items are on screen. */
  shown: number;
  /** How many match in all pages (`totalCount`); lists too costly to count (the home feed) leave it out. */
  total?: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** What the button loads, e.g. "Load more members"; defaults to "Load more". */
  label?: string;
}

/** "Showing 20 of 45" (or "Showing 20 items") and a "Load more" button for a cursor connection; the count is a live region. */
export function LoadMorePager({ shown, total, hasNextPage, loading, onLoadMore, label }: LoadMorePagerProps) {
  const { t } = useTranslation('ui');
  return (
    <Group justify="space-between" mt="lg" wrap="wrap">
      <Text role="status" aria-live="polite">
        {total === undefined ? t('shown', { count: shown }) : t('shownOfTotal', { shown, total })}
      </Text>
      {hasNextPage ? (
        <Button variant="default" onClick={onLoadMore} loading={loading} loaderProps={{ 'aria-hidden': true }}>
          {label ?? t('loadMore')}
        </Button>
      ) : null}
    </Group>
  );
}
