import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupViewerKeys, viewerKey } from '../../core/graphql/child-page-loader.js';

/** "Does the viewer follow it?" and follower counts for members and libraries: one statement per page each. */
export function createFollowLoaders(dataSource: DataSource) {
  const viewerFollows = (table: string, column: string) =>
    new DataLoader<string, boolean>(async (keys) => {
      const followed = new Set<string>();
      for (const [memberId, ids] of groupViewerKeys(keys)) {
        const rows: { id: string }[] = await dataSource.query(
          `SELECT ${column} AS id FROM ${table} WHERE follower_id = $1 AND ${column} = ANY($2::uuid[])`,
          [memberId, ids],
        );
        for (const row of rows) followed.add(viewerKey(memberId, row.id));
      }
      return keys.map((key) => followed.has(key));
    });
  const followerCount = (table: string, column: string) =>
    new DataLoader<string, number>(async (ids) => {
      const rows: { id: string; count: number }[] = await dataSource.query(
        `SELECT ${column} AS id, count(*)::int AS count FROM ${table} WHERE ${column} = ANY($1::uuid[]) GROUP BY ${column}`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r.count]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
  return {
    /** Keys `viewer|member`. */
    viewerFollowsMember: viewerFollows('member_follows', 'followee_id'),
    /** Keys `viewer|library`. */
    viewerFollowsLibrary: viewerFollows('library_follows', 'library_id'),
    followerCountByMember: followerCount('member_follows', 'followee_id'),
    followerCountByLibrary: followerCount('library_follows', 'library_id'),
  };
}
