import type { EntityManager } from 'typeorm';
import { tagSlug } from '@liblab/domain';

/**
 * Replaces a post's tags inside the caller's transaction; tags new to the network are created with the
 * spelling first used. Used by TagsService and by the demo seed.
 */
export async function setPostTags(manager: EntityManager, postId: string, names: readonly string[]): Promise<void> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = tagSlug(name);
    if (slug && !wanted.has(slug)) wanted.set(slug, name.trim().replace(/\s+/g, ' '));
  }
  await manager.query('DELETE FROM post_tags WHERE post_id = $1', [postId]);
  if (wanted.size === 0) return;
  const slugs = [...wanted.keys()];
  // ON CONFLICT: two members creating the same new tag at once both end up with the one row.
  await manager.query(
    'INSERT INTO tags (slug, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (slug) DO NOTHING',
    [slugs, [...wanted.values()]],
  );
  await manager.query('INSERT INTO post_tags (post_id, tag_id) SELECT $1, id FROM tags WHERE slug = ANY($2::text[])', [postId, slugs]);
}
