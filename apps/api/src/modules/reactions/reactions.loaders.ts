import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { REACTION_KINDS, type ReactionKind } from '@liblab/domain';
import { createChildPageLoader, groupViewerKeys, push, type ChildPageKey } from '../../core/graphql/child-page-loader.js';

export interface ReactionPageKey extends ChildPageKey {
  kind: ReactionKind | null;
  cursor: { at: string; memberId: string; kind: string } | null;
}

export interface ReactionRow {
  post_id: string;
  member_id: string;
  kind: ReactionKind;
  created_at: Date;
}

export function createReactionLoaders(dataSource: DataSource) {
  return {
    /** Reactions per kind for each post, grouped from the rows themselves (so they always match). */
    reactionCounts: new DataLoader<string, Record<ReactionKind, number>>(async (postIds) => {
      const rows: { post_id: string; kind: ReactionKind; count: number }[] = await dataSource.query(
        'SELECT post_id, kind, count(*)::int AS count FROM reactions WHERE post_id = ANY($1::uuid[]) GROUP BY post_id, kind',
        [[...postIds]],
      );
      const byPost = new Map<string, Record<ReactionKind, number>>();
      for (const row of rows) {
        const counts = byPost.get(row.post_id) ?? (Object.fromEntries(REACTION_KINDS.map((k) => [k, 0])) as Record<ReactionKind, number>);
        counts[row.kind] = row.count;
        byPost.set(row.post_id, counts);
      }
      return postIds.map((id) => byPost.get(id) ?? (Object.fromEntries(REACTION_KINDS.map((k) => [k, 0])) as Record<ReactionKind, number>));
    }),

    /** Keys `${memberId}|${postId}`: the kinds the member gave. */
    viewerReactions: new DataLoader<string, ReactionKind[]>(async (keys) => {
      const given = new Map<string, ReactionKind[]>();
      for (const [memberId, postIds] of groupViewerKeys(keys)) {
        const rows: { post_id: string; kind: ReactionKind }[] = await dataSource.query(
          'SELECT post_id, kind FROM reactions WHERE member_id = $1 AND post_id = ANY($2::uuid[])',
          [memberId, postIds],
        );
        for (const row of rows) push(given, `${memberId}|${row.post_id}`, row.kind);
      }
      return keys.map((key) => given.get(key) ?? []);
    }),

    /** "Who reacted", newest first, paged by (created_at, member, kind); one statement per page shape. */
    reactionPage: createChildPageLoader<ReactionPageKey, ReactionRow>(async (postIds, { kind, cursor, first }) => {
      const params: unknown[] = [postIds];
      const where = ['r.post_id = ANY($1::uuid[])'];
      if (kind) {
        params.push(kind);
        where.push(`r.kind = $${params.length}`);
      }
      if (cursor) {
        params.push(cursor.at, cursor.memberId, cursor.kind);
        const n = params.length;
        where.push(`(r.created_at, r.member_id, r.kind) < ($${n - 2}::timestamptz, $${n - 1}::uuid, $${n}::text)`);
      }
      params.push(first + 1);
      return dataSource.query(
        `SELECT post_id, member_id, kind, created_at FROM (
           SELECT r.*, row_number() OVER (PARTITION BY r.post_id ORDER BY r.created_at DESC, r.member_id DESC, r.kind DESC) AS rn
           FROM reactions r WHERE ${where.join(' AND ')}
         ) w WHERE w.rn <= $${params.length} ORDER BY w.post_id, w.rn`,
        params,
      );
    }, (row) => row.post_id),
  };
}
