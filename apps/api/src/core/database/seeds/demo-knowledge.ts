import type { EntityManager } from 'typeorm';
import { PostEntity } from '../../../modules/posts/entities/post.entity.js';
import { setPostTags } from '../../../modules/tags/post-tags.js';
import { sanitizeRichText } from '../../html/rich-text.js';
import { DEMO_ANSWERS, DEMO_BOOKMARKS, DEMO_COMMENTS, DEMO_POSTS, DEMO_REACTIONS, DEMO_VOTES } from './demo-knowledge-data.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface SeedMember {
  id: string;
  library_id: string | null;
  roles: string[];
}

/**
 * Inspirations, questions, answers, comments, votes, reactions and bookmarks for the demo, inside the
 * caller's transaction. Counters are computed from the rows at the end, as the services keep them.
 */
export async function seedDemoKnowledge(manager: EntityManager): Promise<{ posts: number }> {
  const rows: (SeedMember & { email: string })[] = await manager.query('SELECT id, email, library_id, roles FROM members');
  const members = new Map(rows.map((m) => [m.email, m]));
  const member = (email: string): SeedMember => {
    const found = members.get(email);
    if (!found) throw new Error(`Demo knowledge names an unknown demo member: ${email}`);
    return found;
  };
  const now = Date.now();
  const repo = manager.getRepository(PostEntity);

  const posts = await repo.save(
    DEMO_POSTS.map((p) =>
      repo.create({
        kind: p.kind,
        authorId: member(p.author).id,
        libraryId: member(p.author).library_id,
        title: p.title,
        summary: p.summary ?? '',
        body: sanitizeRichText(p.body),
        language: p.language,
        links: p.links ?? [],
        createdAt: new Date(now - p.daysAgo * DAY),
      }),
    ),
  );
  const idByKey = new Map(DEMO_POSTS.map((p, i) => [p.key, posts[i].id]));
  const languageByKey = new Map(DEMO_POSTS.map((p) => [p.key, p.language]));
  for (const [i, p] of DEMO_POSTS.entries()) await setPostTags(manager, posts[i].id, p.tags);

  const answers = await repo.save(
    DEMO_ANSWERS.map((a) =>
      repo.create({
        kind: 'answer',
        parentId: idByKey.get(a.question)!,
        authorId: member(a.author).id,
        libraryId: member(a.author).library_id,
        body: sanitizeRichText(a.body),
        language: languageByKey.get(a.question)!,
        byExpert: member(a.author).roles.includes('expert'),
        accepted: a.accepted ?? false,
        createdAt: new Date(now - a.daysAgo * DAY),
      }),
    ),
  );
  DEMO_ANSWERS.forEach((a, i) => idByKey.set(a.key, answers[i].id));
  const id = (key: string) => {
    const found = idByKey.get(key);
    if (!found) throw new Error(`Demo knowledge names an unknown post: ${key}`);
    return found;
  };

  const insertMany = (sql: string, columns: unknown[][]) => (columns[0].length ? manager.query(sql, columns) : Promise.resolve());
  // An hour apart in the listed order, so replies follow what they reply to (all posts are older).
  await insertMany(
    'INSERT INTO comments (post_id, author_id, body, created_at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])',
    [
      DEMO_COMMENTS.map((c) => id(c.on)),
      DEMO_COMMENTS.map((c) => member(c.author).id),
      DEMO_COMMENTS.map((c) => c.body),
      DEMO_COMMENTS.map((_, i) => new Date(now - (DEMO_COMMENTS.length - i) * HOUR).toISOString()),
    ],
  );
  await insertMany('INSERT INTO votes (post_id, member_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [
    DEMO_VOTES.map(([key]) => id(key)),
    DEMO_VOTES.map(([, email]) => member(email).id),
  ]);
  await insertMany('INSERT INTO reactions (post_id, member_id, kind) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])', [
    DEMO_REACTIONS.map(([key]) => id(key)),
    DEMO_REACTIONS.map(([, email]) => member(email).id),
    DEMO_REACTIONS.map(([, , kind]) => kind),
  ]);
  await insertMany('INSERT INTO bookmarks (member_id, post_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [
    DEMO_BOOKMARKS.map(([email]) => member(email).id),
    DEMO_BOOKMARKS.map(([, key]) => id(key)),
  ]);
  await manager.query(
    `UPDATE posts p SET
       vote_count = (SELECT count(*) FROM votes v WHERE v.post_id = p.id),
       answer_count = (SELECT count(*) FROM posts a WHERE a.parent_id = p.id AND a.deleted_at IS NULL),
       comment_count = (SELECT count(*) FROM comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL),
       reaction_count = (SELECT count(*) FROM reactions r WHERE r.post_id = p.id)`,
  );
  return { posts: posts.length + answers.length };
}
