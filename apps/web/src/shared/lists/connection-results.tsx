import { LoadingState, LoadMorePager } from '@liblab/web-ui';
import type { ReactNode } from 'react';
import { QueryError } from '../query-error';

/** What a list reads of a cursor connection. */
export interface ListConnection<Node> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: readonly { node: Node }[];
}

export interface ConnectionResultsProps<Node> {
  /** Undefined until the first page arrives. */
  connection: ListConnection<Node> | undefined;
  error?: unknown;
  onRetry: () => void;
  loadingLabel?: string;
  /** Shown when nothing matches. */
  empty: ReactNode;
  /** A next page is on its way. */
  loadingMore: boolean;
  /** Asks for the page after `after`. */
  onLoadMore: (after: string) => void;
  loadMoreLabel: string;
  /** The items read so far. */
  children: (nodes: Node[]) => ReactNode;
}

/** A paged list in its states: failed (with "Try again"), loading, empty, or its items with "Load more". */
export function ConnectionResults<Node>({
  connection,
  error,
  onRetry,
  loadingLabel,
  empty,
  loadingMore,
  onLoadMore,
  loadMoreLabel,
  children,
}: ConnectionResultsProps<Node>) {
  if (error) return <QueryError error={error} onRetry={onRetry} />;
  if (!connection) return <LoadingState label={loadingLabel} />;
  if (connection.edges.length === 0) return empty;
  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <>
      {children(connection.edges.map((edge) => edge.node))}
      <LoadMorePager
        shown={connection.edges.length}
        total={connection.totalCount}
        hasNextPage={hasNextPage}
        loading={loadingMore}
        onLoadMore={() => {
          if (endCursor) onLoadMore(endCursor);
        }}
        label={loadMoreLabel}
      />
    </>
  );
}
