import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupViewerKeys } from '../../core/graphql/child-page-loader.js';

export function createBookmarkLoaders(dataSource: DataSource) {
  return {
    /** Keys `${memberId}|${postId}`: has the member bookmarked it? One statement per page. */
    viewerBookmarked: new DataLoader<string, boolean>(async (keys) => {
      const kept = new Set<string>();
      for (const [memberId, postIds] of groupViewerKeys(keys)) {
        const rows: { post_id: string }[] = await dataSource.query(
          'SELECT post_id FROM bookmarks WHERE member_id = $1 AND post_id = ANY($2::uuid[])',
          [memberId, postIds],
        );
        for (const row of rows) kept.add(`${memberId}|${row.post_id}`);
      }
      return keys.map((key) => kept.has(key));
    }),
  };
}
