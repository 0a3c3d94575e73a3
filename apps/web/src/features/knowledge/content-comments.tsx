import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LoadingState } from '@liblab/web-ui';
import { QueryError } from '../../shared/query-error';
import { CommentsSection } from './comments-section';
import { contentCommentsQuery } from './knowledge.operations';

export interface ContentCommentsProps {
  /** An inspiration, question or answer. */
  contentId: string;
  subject: string;
  headingOrder: 2 | 3;
  /** Comments per page. */
  pageSize?: number;
  /** Besides reading the comments again, e.g. the answer list's counts. */
  onChanged?: () => Promise<unknown>;
}

/** The comments of any content, read and paged on their own (`content(id)`), with the add/delete form. */
export function ContentComments({ contentId, subject, headingOrder, pageSize = 5, onChanged }: ContentCommentsProps) {
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(contentCommentsQuery, {
    variables: { id: contentId, first: pageSize },
    notifyOnNetworkStatusChange: true,
  });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const comments = data?.content.comments;
  if (!comments) return <LoadingState />;
  return (
    <CommentsSection
      contentId={contentId}
      subject={subject}
      headingOrder={headingOrder}
      comments={comments.edges.map((edge) => edge.node)}
      totalCount={comments.totalCount}
      hasMore={comments.pageInfo.hasNextPage}
      loadingMore={networkStatus === NetworkStatus.fetchMore}
      onShowMore={() => void fetchMore({ variables: { after: comments.pageInfo.endCursor } })}
      onChanged={() => Promise.all([refetch(), onChanged?.()])}
    />
  );
}
