import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupViewerKeys, push, viewerKey } from '../../core/graphql/child-page-loader.js';
import type { Tag } from './models/tag.model.js';

export interface TagUsage {
  inspirations: number;
  questions: number;
}

export function createTagLoaders(dataSource: DataSource) {
  return {
    /** Keys `member|tag`: does the member follow the tag? */
    viewerFollowsTag: new DataLoader<string, boolean>(async (keys) => {
      const followed = new Set<string>();
      for (const [memberId, tagIds] of groupViewerKeys(keys)) {
        const rows: { tag_id: string }[] = await dataSource.query(
          'SELECT tag_id FROM tag_follows WHERE member_id = $1 AND tag_id = ANY($2::uuid[])',
          [memberId, tagIds],
        );
        for (const row of rows) followed.add(viewerKey(memberId, row.tag_id));
      }
      return keys.map((key) => followed.has(key));
    }),

    /** The tags of each inspiration or question, by slug. One statement for a whole page. */
    tagsByPost: new DataLoader<string, Tag[]>(async (postIds) => {
      const rows: (Tag & { post_id: string })[] = await dataSource.query(
        `SELECT pt.post_id, t.id, t.slug, t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
         WHERE pt.post_id = ANY($1::uuid[]) ORDER BY t.slug`,
        [[...postIds]],
      );
      const byPost = new Map<string, Tag[]>();
      for (const { post_id, ...tag } of rows) push(byPost, post_id, tag);
      return postIds.map((id) => byPost.get(id) ?? []);
    }),

    /** How many live inspirations and questions carry each tag, grouped from the rows themselves. */
    tagUsage: new DataLoader<string, TagUsage>(async (tagIds) => {
      const rows: { tag_id: string; kind: string; count: number }[] = await dataSource.query(
        `SELECT pt.tag_id, p.kind, count(*)::int AS count FROM post_tags pt
         JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL
         WHERE pt.tag_id = ANY($1::uuid[]) GROUP BY pt.tag_id, p.kind`,
        [[...tagIds]],
      );
      const byTag = new Map<string, TagUsage>();
      for (const row of rows) {
        const usage = byTag.get(row.tag_id) ?? { inspirations: 0, questions: 0 };
        if (row.kind === 'inspiration') usage.inspirations = row.count;
        if (row.kind === 'question') usage.questions = row.count;
        byTag.set(row.tag_id, usage);
      }
      return tagIds.map((id) => byTag.get(id) ?? { inspirations: 0, questions: 0 });
    }),
  };
}
