import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { createChildPageLoader, type ChildPageKey } from '../../core/graphql/child-page-loader.js';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { CommentEntity } from './entities/comment.entity.js';

export interface CommentPageKey extends ChildPageKey {
  cursor: { at: string; id: string } | null;
}

export function createCommentLoaders(dataSource: DataSource) {
  return {
    /** Live comments by id; null for deleted or unknown ones. */
    commentById: new DataLoader<string, CommentEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(CommentEntity).findBy({ id: In([...ids]), deletedAt: IsNull() });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Live comments of each post, oldest first (a conversation), paged by (created_at, id). */
    commentPage: createChildPageLoader<CommentPageKey, CommentEntity>(async (postIds, { cursor, first }) => {
      const params: unknown[] = [postIds];
      if (cursor) params.push(cursor.at, cursor.id);
      params.push(first + 1);
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT * FROM (
           SELECT c.*, row_number() OVER (PARTITION BY c.post_id ORDER BY c.created_at, c.id) AS rn
           FROM comments c
           WHERE c.post_id = ANY($1::uuid[]) AND c.deleted_at IS NULL
             ${cursor ? 'AND (c.created_at, c.id) > ($2::timestamptz, $3::uuid)' : ''}
         ) w WHERE w.rn <= $${params.length} ORDER BY w.post_id, w.rn`,
        params,
      );
      return rowsToEntities(dataSource, CommentEntity, rows);
    }, (comment) => comment.postId),
  };
}
