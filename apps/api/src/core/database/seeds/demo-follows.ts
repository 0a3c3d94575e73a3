import type { EntityManager } from 'typeorm';
import { tagSlug } from '@liblab/domain';

/** Who follows whom in the demo, so the home feed's "what I follow first" shows on `npm start`. */
export const DEMO_FOLLOWS: { member: string; members: string[]; libraries: string[]; tags: string[] }[] = [
  // Magdalena (PL) follows Swedish and Norwegian colleagues: their posts lead her feed, before newer Polish ones.
  { member: 'bibliotekarka@liblab.demo', members: ['samordnare@liblab.demo', 'piotr.lewandowski@liblab.demo'], libraries: ['drammen-bibliotek'], tags: ['AI', 'demokrati'] },
  { member: 'bibliotekarie@liblab.demo', members: ['ekspertka@liblab.demo'], libraries: ['gbp-michalowice', 'wbp-gdansk'], tags: ['nowe technologie'] },
  { member: 'bibliotekar@liblab.demo', members: ['samordnare@liblab.demo', 'karin.nilsson@liblab.demo'], libraries: ['mbp-lublin'], tags: ['dzieci', 'AI'] },
  { member: 'ekspertka@liblab.demo', members: ['bibliotekarka@liblab.demo', 'koordynator@liblab.demo'], libraries: ['malmo-stadsbibliotek'], tags: ['promocja'] },
  { member: 'expert.sv@liblab.demo', members: ['ingrid.sjoberg@liblab.demo'], libraries: ['deichman-bjorvika'], tags: ['AI', 'nowe technologie'] },
  { member: 'koordynator@liblab.demo', members: ['samordnare@liblab.demo', 'koordinator@liblab.demo'], libraries: ['malmo-stadsbibliotek', 'drammen-bibliotek'], tags: [] },
];

/** Member, library and tag follows, inside the caller's transaction, after the posts (which create the tags). */
export async function seedDemoFollows(manager: EntityManager): Promise<void> {
  const members = new Map(((await manager.query('SELECT id, email FROM members')) as { id: string; email: string }[]).map((m) => [m.email, m.id]));
  const libraries = new Map(((await manager.query('SELECT id, slug FROM libraries')) as { id: string; slug: string }[]).map((l) => [l.slug, l.id]));
  const tags = new Map(((await manager.query('SELECT id, slug FROM tags')) as { id: string; slug: string }[]).map((t) => [t.slug, t.id]));
  const find = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo follows name an unknown ${what}: ${key}`);
    return id;
  };
  const memberFollows: [string, string][] = [];
  const libraryFollows: [string, string][] = [];
  const tagFollows: [string, string][] = [];
  for (const f of DEMO_FOLLOWS) {
    const follower = find(members, f.member, 'member');
    for (const m of f.members) memberFollows.push([follower, find(members, m, 'member')]);
    for (const l of f.libraries) libraryFollows.push([follower, find(libraries, l, 'library')]);
    for (const t of f.tags) tagFollows.push([follower, find(tags, tagSlug(t), 'tag')]);
  }
  const insert = (sql: string, pairs: [string, string][]) =>
    pairs.length ? manager.query(sql, [pairs.map((p) => p[0]), pairs.map((p) => p[1])]) : Promise.resolve();
  await insert('INSERT INTO member_follows (follower_id, followee_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', memberFollows);
  await insert('INSERT INTO library_follows (follower_id, library_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', libraryFollows);
  await insert('INSERT INTO tag_follows (member_id, tag_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', tagFollows);
}
