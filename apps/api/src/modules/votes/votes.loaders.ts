import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupViewerKeys } from '../../core/graphql/child-page-loader.js';

export function createVoteLoaders(dataSource: DataSource) {
  return {
    /** Keys `${memberId}|${postId}`: has the member voted it useful? One statement per page. */
    viewerVoted: new DataLoader<string, boolean>(async (keys) => {
      const voted = new Set<string>();
      for (const [memberId, postIds] of groupViewerKeys(keys)) {
        const rows: { post_id: string }[] = await dataSource.query(
          'SELECT post_id FROM votes WHERE member_id = $1 AND post_id = ANY($2::uuid[])',
          [memberId, postIds],
        );
        for (const row of rows) voted.add(`${memberId}|${row.post_id}`);
      }
      return keys.map((key) => voted.has(key));
    }),
  };
}
