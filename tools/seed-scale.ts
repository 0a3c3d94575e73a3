/**
 * Seeds a PostgreSQL database at scale for benchmarks: libraries, members, inspirations, questions,
 * answers, tags and reactions, with text in Polish, English, Swedish and Norwegian from word lists.
 *
 *   DATABASE_URL=postgres://… npm run seed:scale -- --posts 100000 --members 10000 --reactions 1000000
 *
 * Runs the migrations first, then appends (it never deletes). Rows go in with multi-row
 * `INSERT … SELECT FROM unnest($1::uuid[], …)` batches; a progress line follows every batch.
 * Refuses to run without DATABASE_URL: it is not meant for the embedded demo database.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { FIRST_NAMES, LAST_NAMES, WORDS, type SeedLanguage } from './words.js';

const LANGUAGES: SeedLanguage[] = ['pl', 'en', 'sv', 'nb'];
const REGION: Record<string, string> = { PL: 'mazowieckie', SE: 'stockholm', NO: 'oslo' };
const REACTION_KINDS = ['useful', 'inspiring', 'thanks'];

interface Options {
  posts: number;
  members: number;
  reactions: number;
  libraries: number;
  batch: number;
  seed: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { posts: 10_000, members: 1_000, reactions: 100_000, libraries: 200, batch: 2_000, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '') as keyof Options;
    if (!(name in options)) throw new Error(`Unknown option ${argv[i]} (known: ${Object.keys(options).map((k) => `--${k}`).join(' ')})`);
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
    options[name] = value;
  }
  if (options.members < 1 || options.libraries < 1 || options.batch < 1) throw new Error('--members, --libraries and --batch must be at least 1');
  return options;
}

/** Deterministic PRNG (mulberry32), so two runs with the same --seed write the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function log(message: string): void {
  process.stdout.write(`[seed:scale ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('seed:scale writes to a PostgreSQL server: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/liblab_bench).\n');
    process.exit(2);
  }
  const options = parseOptions(process.argv.slice(2));
  const random = rng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  /** Skewed towards the start of the list: a few words (and posts) are common, most are rare. */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 1.6)];
  const words = (language: SeedLanguage, n: number) => Array.from({ length: n }, () => skewed(WORDS[language])).join(' ');
  const sentence = (language: SeedLanguage, n: number) => {
    const text = words(language, n);
    return text[0].toUpperCase() + text.slice(1);
  };
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  log('running migrations (node dist/apps/api/cli.js migrate)');
  execFileSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), 'migrate'], { stdio: 'inherit', env: process.env });

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const run = Date.now().toString(36);
  const started = Date.now();
  const progress = (what: string, done: number, total: number) =>
    log(`${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${Math.round((done / Math.max(total, 1)) * 100)}%, ${((Date.now() - started) / 1000).toFixed(0)} s)`);

  async function insertBatches(what: string, total: number, build: (from: number, to: number) => { sql: string; params: unknown[] }) {
    for (let from = 0; from < total; from += options.batch) {
      const to = Math.min(total, from + options.batch);
      const { sql, params } = build(from, to);
      await pool.query(sql, params);
      progress(what, to, total);
    }
  }

  // Libraries
  const libraryIds: string[] = [];
  const libraryCountry: string[] = [];
  await insertBatches('libraries', options.libraries, (from, to) => {
    const rows = { id: [] as string[], slug: [] as string[], name: [] as string[], city: [] as string[], region: [] as string[], country: [] as string[] };
    for (let i = from; i < to; i++) {
      const country = pick(['PL', 'SE', 'NO']);
      const id = randomUUID();
      libraryIds.push(id);
      libraryCountry.push(country);
      rows.id.push(id);
      rows.slug.push(`seed-${run}-${i}`);
      rows.name.push(`${country === 'PL' ? 'Biblioteka' : 'Bibliotek'} ${run}-${i}`);
      rows.city.push(country === 'PL' ? 'Warszawa' : country === 'SE' ? 'Stockholm' : 'Oslo');
      rows.region.push(REGION[country]);
      rows.country.push(country);
    }
    return {
      sql: `INSERT INTO libraries (id, slug, name, city, region, country, description)
            SELECT id, slug, name, city, region, country, '' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
            AS t(id, slug, name, city, region, country)`,
      params: [rows.id, rows.slug, rows.name, rows.city, rows.region, rows.country],
    };
  });

  // Members (they cannot sign in: the hash is not a valid argon2 hash)
  const memberIds: string[] = [];
  const memberLibrary: string[] = [];
  await insertBatches('members', options.members, (from, to) => {
    const rows = { id: [] as string[], email: [] as string[], name: [] as string[], library: [] as string[], languages: [] as string[] };
    for (let i = from; i < to; i++) {
      const id = randomUUID();
      const library = pick(libraryIds);
      memberIds.push(id);
      memberLibrary.push(library);
      rows.id.push(id);
      rows.email.push(`seed-${run}-${i}@example.org`);
      rows.name.push(`${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`);
      rows.library.push(library);
      rows.languages.push(`{${pick(LANGUAGES)}}`);
    }
    return {
      sql: `INSERT INTO members (id, email, name, password_hash, library_id, languages)
            SELECT id, email, name, '!seeded', library_id, languages::text[] FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[])
            AS t(id, email, name, library_id, languages)`,
      params: [rows.id, rows.email, rows.name, rows.library, rows.languages],
    };
  });

  // Tags: words of every language, title-cased
  const tagNames = [...new Set(LANGUAGES.flatMap((l) => WORDS[l].slice(0, 60)))];
  const tagRows = (await pool.query(
    `INSERT INTO tags (slug, name) SELECT lower(n), n FROM unnest($1::text[]) AS t(n) ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
    [tagNames],
  )) as { rows: { id: string }[] };
  const tagIds = tagRows.rows.map((r) => r.id);
  log(`tags: ${tagIds.length}`);

  // Posts: 35 % inspirations, 35 % questions, 30 % answers to those questions
  const now = Date.now();
  const twoYears = 2 * 365 * 24 * 3600 * 1000;
  const parents = Math.round(options.posts * 0.7);
  const postIds: string[] = [];
  const questions: { id: string; language: SeedLanguage; at: number }[] = [];
  await insertBatches('posts (inspirations and questions)', parents, (from, to) => {
    const r = {
      id: [] as string[], kind: [] as string[], author: [] as string[], library: [] as string[], title: [] as string[],
      summary: [] as string[], body: [] as string[], language: [] as string[], at: [] as string[],
    };
    const tagPost: string[] = [];
    const tagTag: string[] = [];
    for (let i = from; i < to; i++) {
      const id = randomUUID();
      const kind = random() < 0.5 ? 'inspiration' : 'question';
      const language = pick(LANGUAGES);
      const m = Math.floor(random() * memberIds.length);
      const at = now - Math.floor(random() * twoYears);
      postIds.push(id);
      if (kind === 'question') questions.push({ id, language, at });
      r.id.push(id);
      r.kind.push(kind);
      r.author.push(memberIds[m]);
      r.library.push(memberLibrary[m]);
      r.title.push(sentence(language, between(4, 9)) + (kind === 'question' ? '?' : ''));
      r.summary.push(kind === 'inspiration' ? sentence(language, between(12, 24)) + '.' : '');
      r.body.push(
        Array.from({ length: between(2, 4) }, () => `<p>${sentence(language, between(15, 40))}.</p>`).join(''),
      );
      r.language.push(language);
      r.at.push(new Date(at).toISOString());
      for (const tag of new Set(Array.from({ length: between(1, 3) }, () => skewed(tagIds)))) {
        tagPost.push(id);
        tagTag.push(tag);
      }
    }
    return {
      sql: `WITH p AS (
              INSERT INTO posts (id, kind, author_id, library_id, title, summary, body, language, created_at, updated_at)
              SELECT id, kind, author_id, library_id, title, summary, body, language, at, at
              FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
              AS t(id, kind, author_id, library_id, title, summary, body, language, at)
              RETURNING 1
            )
            INSERT INTO post_tags (post_id, tag_id) SELECT * FROM unnest($10::uuid[], $11::uuid[])`,
      params: [r.id, r.kind, r.author, r.library, r.title, r.summary, r.body, r.language, r.at, tagPost, tagTag],
    };
  });

  const answers = questions.length ? options.posts - parents : 0;
  await insertBatches('posts (answers)', answers, (from, to) => {
    const r = { id: [] as string[], parent: [] as string[], author: [] as string[], library: [] as string[], body: [] as string[], language: [] as string[], at: [] as string[] };
    for (let i = from; i < to; i++) {
      const id = randomUUID();
      const question = skewed(questions);
      const m = Math.floor(random() * memberIds.length);
      postIds.push(id);
      r.id.push(id);
      r.parent.push(question.id);
      r.author.push(memberIds[m]);
      r.library.push(memberLibrary[m]);
      r.body.push(Array.from({ length: between(1, 3) }, () => `<p>${sentence(question.language, between(10, 35))}.</p>`).join(''));
      r.language.push(question.language);
      r.at.push(new Date(Math.min(now, question.at + Math.floor(random() * 30 * 24 * 3600 * 1000))).toISOString());
    }
    return {
      sql: `INSERT INTO posts (id, kind, parent_id, author_id, library_id, body, language, created_at, updated_at)
            SELECT id, 'answer', parent_id, author_id, library_id, body, language, at, at
            FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[])
            AS t(id, parent_id, author_id, library_id, body, language, at)`,
      params: [r.id, r.parent, r.author, r.library, r.body, r.language, r.at],
    };
  });
  log('answer counters');
  await pool.query(
    `UPDATE posts q SET answer_count = a.n FROM (SELECT parent_id, count(*)::int AS n FROM posts WHERE kind = 'answer' AND deleted_at IS NULL GROUP BY parent_id) a
     WHERE q.id = a.parent_id AND q.answer_count <> a.n`,
  );

  // Reactions: (post, member, kind) is the primary key; duplicates are skipped and drawn again.
  let reacted = 0;
  const reactionBatch = Math.max(options.batch, 10_000);
  while (reacted < options.reactions && postIds.length) {
    const n = Math.min(reactionBatch, options.reactions - reacted);
    const post: string[] = [];
    const member: string[] = [];
    const kind: string[] = [];
    for (let i = 0; i < n; i++) {
      post.push(skewed(postIds));
      member.push(pick(memberIds));
      kind.push(pick(REACTION_KINDS));
    }
    const result = await pool.query(
      `INSERT INTO reactions (post_id, member_id, kind) SELECT DISTINCT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) ON CONFLICT DO NOTHING`,
      [post, member, kind],
    );
    reacted += result.rowCount ?? 0;
    progress('reactions', reacted, options.reactions);
  }

  log('reaction counters');
  await pool.query(
    `UPDATE posts p SET reaction_count = r.n FROM (SELECT post_id, count(*)::int AS n FROM reactions GROUP BY post_id) r
     WHERE p.id = r.post_id AND p.reaction_count <> r.n`,
  );

  log('VACUUM ANALYZE (merges the GIN pending lists, as autovacuum would on a live database)');
  await pool.query('VACUUM ANALYZE');
  await pool.end();
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`seed:scale failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
