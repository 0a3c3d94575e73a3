/**
 * Benchmarks the API against a seeded PostgreSQL (see seed-scale.ts):
 *
 *   DATABASE_URL=postgres://… npm run bench -- --connections 10 --duration 20
 *
 * It starts the API itself (`node dist/apps/api/main.js`, production mode) on a free port, signs a bench
 * member in (a session row), and runs N concurrent keep-alive clients for a fixed time per scenario:
 *
 * - question page: a question with its author, library, tags, reactions, the viewer's vote and bookmark,
 *   its first 20 answers (with theirs) and first 10 comments, for a sample of live questions;
 * - the same page as a baseline: a bare Node `http` server with `pg` replaying exactly the SQL statements
 *   the API ran for each of those questions (captured once from the API's own DataSource), so the ratio
 *   is what NestJS, GraphQL, DataLoader and TypeORM cost on top of the database;
 * - search, per language: one or two words from that language's word list, filtered to that language;
 * - home feed: `feed(first: 20)` pages (FOR_YOU, NEWEST, USEFUL, language/kind/unanswered filters, pages 1–3
 *   by cursor) for a bench member who follows tags, members and libraries, against the same kind of baseline.
 *
 * It runs pending migrations first (`cli.js migrate`), since the seeded database may predate them.
 * `--scenarios feed` (or `question,search`) runs only those parts, to keep a run short.
 *
 * It prints p50/p95/p99 and requests per second for each, and the API/baseline ratios, in one run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import http from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { WORDS, type SeedLanguage } from './words.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const QUESTION_PAGE = `query QuestionPage($id: ID!) {
  question(id: $id) {
    id title body createdAt editedAt language answerCount voteCount viewerVoted viewerBookmarked commentCount
    author { id name library { id name } } library { id name city }
    tags { slug name }
    reactionSummary { kind count viewerReacted }
    answers(first: 20) { totalCount edges { node { id body createdAt voteCount accepted byExpert viewerVoted author { id name } reactionSummary { kind count viewerReacted } } } }
    comments(first: 10) { totalCount edges { node { id body createdAt author { id name } } } }
  }
}`;

const FEED = `query Feed($first: Int!, $after: String, $filter: FeedFilter) {
  feed(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { followed followedBecause node {
      __typename id title language createdAt commentCount viewerBookmarked
      author { id name } library { id name region }
      tags { slug name } reactionSummary { kind count viewerReacted }
      ... on Question { answerCount voteCount }
      ... on Inspiration { summary }
    } }
  }
}`;

/** The feed requests the bench replays: each filter's first three pages, chained by cursor. */
const FEED_FILTERS: Record<string, unknown>[] = [
  {},
  { sort: 'NEWEST' },
  { sort: 'USEFUL' },
  { language: 'PL' },
  { language: 'SV' },
  { kind: 'QUESTION' },
  { unanswered: true },
];
const FEED_PAGES = 3;

const SEARCH = `query Search($query: String!, $language: Language) {
  search(query: $query, first: 20, filter: { language: $language }) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { kind id title snippet rank language questionId slug } }
  }
}`;

interface Options {
  connections: number;
  duration: number;
  warmup: number;
  questions: number;
}

const SCENARIOS = ['question', 'search', 'feed'] as const;
type Scenario = (typeof SCENARIOS)[number];

function parseOptions(argv: string[]): Options & { scenarios: Set<Scenario> } {
  const options: Options = { connections: 10, duration: 20, warmup: 3, questions: 200 };
  let scenarios = new Set<Scenario>(SCENARIOS);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scenarios') {
      const names = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n));
      if (!names.length || unknown.length) throw new Error(`--scenarios takes a comma-separated list of ${SCENARIOS.join(', ')}`);
      scenarios = new Set(names as Scenario[]);
      continue;
    }
    const name = argv[i].replace(/^--/, '') as keyof Options;
    if (!(name in options)) throw new Error(`Unknown option ${argv[i]} (known: ${Object.keys(options).map((k) => `--${k}`).join(' ')} --scenarios)`);
    const value = Number(argv[++i]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
    options[name] = value;
  }
  return { ...options, scenarios };
}

function log(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base}/health did not answer within 60 s`);
}

interface Result {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** N keep-alive clients, each sending its next request when the last one answered, for `seconds`. */
async function load(name: string, options: Options, send: (i: number) => Promise<boolean>): Promise<Result> {
  const warmEnd = Date.now() + options.warmup * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async (_, c) => {
      for (let i = c; Date.now() < warmEnd; i += options.connections) await send(i);
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = Date.now() + options.duration * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async (_, c) => {
      for (let i = c; Date.now() < end; i += options.connections) {
        const t = performance.now();
        const ok = await send(i).catch(() => false);
        latencies.push(performance.now() - t);
        if (!ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const result = { name, requests: latencies.length, errors, seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
  log(`${name}: ${result.requests} requests, ${errors} errors, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`);
  return result;
}

interface Statement {
  query: string;
  parameters: unknown[];
}

/** Child mode: the baseline server (bare node:http + pg) replaying captured statements. */
async function baselineServer(file: string, port: number, url: string, poolSize: number): Promise<void> {
  const captured = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Statement[][]>;
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      res.end('ok');
      return;
    }
    // /q/<i>: question page i; /f/<i>: feed request i.
    const [, set, i] = (req.url ?? '').split('/');
    const pages = captured[set === 'f' ? 'feed' : 'question'];
    const index = Number(i ?? 0) % pages.length;
    void (async () => {
      try {
        const results: unknown[] = [];
        for (const statement of pages[index]) results.push((await pool.query(statement.query, statement.parameters)).rows);
        const body = JSON.stringify({ data: results });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(500);
        res.end(String(error));
      }
    })();
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1');
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (process.argv[2] === '--baseline-server') {
    await baselineServer(process.argv[3], Number(process.argv[4]), url!, Number(process.argv[5]));
    return;
  }
  if (!url) {
    process.stderr.write('bench runs against a PostgreSQL server: set DATABASE_URL to a database seeded with npm run seed:scale.\n');
    process.exit(2);
  }
  const options = parseOptions(process.argv.slice(2));
  const poolSize = 10;
  log('running pending migrations (node dist/apps/api/cli.js migrate)');
  const migrated = spawnSync(process.execPath, [join(ROOT, 'dist/apps/api/cli.js'), 'migrate'], { cwd: ROOT, env: process.env, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  log(migrated.stdout.trim().split('\n').at(-1) ?? '');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const [{ posts, members }] = (await pool.query(
    `SELECT (SELECT count(*) FROM posts WHERE deleted_at IS NULL)::int AS posts, (SELECT count(*) FROM members)::int AS members`,
  )).rows as { posts: number; members: number }[];
  const [{ reactions }] = (await pool.query(`SELECT count(*)::int AS reactions FROM reactions`)).rows as { reactions: number }[];
  log(`database: ${posts} live posts, ${members} members, ${reactions} reactions; ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);

  // A bench member, signed in by a session row (tokens are stored as their SHA-256).
  const token = randomBytes(32).toString('base64url');
  const memberId = randomUUID();
  await pool.query(
    `INSERT INTO members (id, email, name, password_hash, library_id, languages)
     VALUES ($1, $2, 'Bench Reader', '!bench', (SELECT id FROM libraries LIMIT 1), '{pl,en,sv,nb}')`,
    [memberId, `bench-${Date.now().toString(36)}@example.org`],
  );
  await pool.query(`INSERT INTO sessions (token_hash, member_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    createHash('sha256').update(token).digest('hex'),
    memberId,
  ]);
  const cookie = `liblab_session=${token}`;
  // What the bench member follows, so FOR_YOU has a followed block: 5 tags, 30 members, 3 libraries
  // (rows go with the member at the end: ON DELETE CASCADE).
  await pool.query(`INSERT INTO tag_follows (member_id, tag_id) SELECT $1, id FROM tags ORDER BY md5(id::text) LIMIT 5`, [memberId]);
  await pool.query(
    `INSERT INTO member_follows (follower_id, followee_id) SELECT $1, id FROM members WHERE id <> $1 ORDER BY md5(id::text) LIMIT 30`,
    [memberId],
  );
  await pool.query(`INSERT INTO library_follows (follower_id, library_id) SELECT $1, id FROM libraries ORDER BY md5(id::text) LIMIT 3`, [memberId]);
  const questionIds = ((await pool.query(
    `SELECT id FROM posts WHERE kind = 'question' AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT $1`,
    [options.questions],
  )).rows as { id: string }[]).map((r) => r.id);
  if (!questionIds.length) throw new Error('No questions: seed the database first (npm run seed:scale).');

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    MIGRATE_ON_START: 'false',
    SEED_DEMO_DATA: 'false',
    WEB_DIST_DIR: '',
    DB_POOL_SIZE: String(poolSize),
  };

  // Capture the SQL the API runs for each question page and feed request, from its own DataSource, in this process.
  log(`capturing the SQL of ${questionIds.length} question pages and ${FEED_FILTERS.length * FEED_PAGES} feed pages`);
  const captured: Statement[][] = [];
  const capturedFeed: Statement[][] = [];
  const feedRequests: { filter: Record<string, unknown>; after: string | null }[] = [];
  {
    const { createApp } = (await import(pathToFileURL(join(ROOT, 'dist/apps/api/app.factory.js')).href)) as {
      createApp(config: unknown): Promise<{ app: { listen(port: number, host: string): Promise<unknown>; getUrl(): Promise<string>; get(token: unknown): unknown }; close(): Promise<void> }>;
    };
    const { loadConfig } = (await import(pathToFileURL(join(ROOT, 'dist/apps/api/core/config/app-config.js')).href)) as {
      loadConfig(env: NodeJS.ProcessEnv): unknown;
    };
    const { DataSource } = await import('typeorm');
    const running = await createApp(loadConfig(env));
    await running.app.listen(0, '127.0.0.1');
    const base = (await running.app.getUrl()).replace('[::1]', '127.0.0.1');
    const dataSource = running.app.get(DataSource) as InstanceType<typeof DataSource>;
    const logger = dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let current: Statement[] = [];
    logger.logQuery = (query, parameters, runner) => {
      current.push({ query, parameters: (parameters as unknown[] | undefined) ?? [] });
      return original(query, parameters, runner);
    };
    for (const id of questionIds) {
      current = [];
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: QUESTION_PAGE, variables: { id } }),
      });
      const json = (await response.json()) as { errors?: unknown[] };
      if (json.errors) throw new Error(`question page failed: ${JSON.stringify(json.errors)}`);
      captured.push(current);
    }
    for (const filter of FEED_FILTERS) {
      let after: string | null = null;
      for (let page = 0; page < FEED_PAGES; page++) {
        current = [];
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: FEED, variables: { first: 20, after, filter } }),
        });
        const json = (await response.json()) as { errors?: unknown[]; data?: { feed: { pageInfo: { endCursor: string | null } } } };
        if (json.errors) throw new Error(`feed failed: ${JSON.stringify(json.errors)}`);
        feedRequests.push({ filter, after });
        capturedFeed.push(current);
        after = json.data!.feed.pageInfo.endCursor;
      }
    }
    logger.logQuery = original;
    await running.close();
  }
  const statements = captured.map((c) => c.length);
  log(`question page: ${Math.min(...statements)}–${Math.max(...statements)} SQL statements each`);
  const feedStatements = capturedFeed.map((c) => c.length);
  log(`feed page: ${Math.min(...feedStatements)}–${Math.max(...feedStatements)} SQL statements each`);
  const captureFile = join(os.tmpdir(), `liblab-bench-${process.pid}.json`);
  writeFileSync(captureFile, JSON.stringify({ question: captured, feed: capturedFeed }));

  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((c) => c.kill('SIGTERM'));
  process.on('exit', stopAll);
  try {
    const apiPort = await freePort();
    const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], { env: { ...env, PORT: String(apiPort), HOST: '127.0.0.1' }, stdio: ['ignore', 'inherit', 'inherit'] });
    children.push(api);
    const apiBase = `http://127.0.0.1:${apiPort}`;
    await waitForHealth(apiBase, api);
    const basePort = await freePort();
    const baseline = spawn(process.execPath, [fileURLToPath(import.meta.url), '--baseline-server', captureFile, String(basePort), String(poolSize)], {
      env: process.env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(baseline);
    const baselineBase = `http://127.0.0.1:${basePort}`;
    await waitForHealth(baselineBase, baseline);
    log(`API on ${apiBase} (pid ${api.pid}), baseline on ${baselineBase} (pid ${baseline.pid}); ${options.connections} connections, ${options.duration} s per scenario after ${options.warmup} s warm-up`);

    const gql = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${apiBase}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { errors?: unknown[] };
      return response.ok && !json.errors;
    };

    const results: Result[] = [];
    const ratios: string[] = [];
    const ratio = (label: string, api: Result, base: Result) =>
      `${label}, API / baseline: p50 ×${(api.p50 / base.p50).toFixed(2)}, p95 ×${(api.p95 / base.p95).toFixed(2)}, ` +
      `p99 ×${(api.p99 / base.p99).toFixed(2)}, throughput ×${(api.requests / api.seconds / (base.requests / base.seconds)).toFixed(2)}`;
    if (options.scenarios.has('question')) {
      const baselineResult = await load('question page, baseline (node:http + pg, same SQL)', options, async (i) => {
        const response = await fetch(`${baselineBase}/q/${i % questionIds.length}`);
        await response.arrayBuffer();
        return response.ok;
      });
      const apiResult = await load('question page, API', options, (i) => gql(QUESTION_PAGE, { id: questionIds[i % questionIds.length] }));
      results.push(apiResult, baselineResult);
      ratios.push(ratio('Question page', apiResult, baselineResult));
    }
    if (options.scenarios.has('feed')) {
      const feedBaseline = await load('home feed, baseline (node:http + pg, same SQL)', options, async (i) => {
        const response = await fetch(`${baselineBase}/f/${i % feedRequests.length}`);
        await response.arrayBuffer();
        return response.ok;
      });
      const feedApi = await load('home feed, API', options, (i) => {
        const { filter, after } = feedRequests[i % feedRequests.length];
        return gql(FEED, { first: 20, after, filter });
      });
      results.push(feedApi, feedBaseline);
      ratios.push(ratio('Home feed', feedApi, feedBaseline));
    }
    for (const language of (options.scenarios.has('search') ? ['pl', 'en', 'sv', 'nb'] : []) as SeedLanguage[]) {
      let seed = 1;
      const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
      const words = WORDS[language];
      const queries = Array.from({ length: 500 }, () => {
        const n = next() < 0.5 ? 1 : 2;
        return Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
      });
      results.push(await load(`search ${language}`, options, (i) => gql(SEARCH, { query: queries[i % queries.length], language: language.toUpperCase() })));
    }

    const row = (r: Result) =>
      `| ${r.name} | ${r.requests} | ${r.errors} | ${(r.requests / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} |`;
    process.stdout.write(
      [
        '',
        `| scenario (${options.connections} connections, ${options.duration} s) | requests | errors | req/s | p50 ms | p95 ms | p99 ms |`,
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...results.map(row),
        '',
        ...ratios,
        '',
      ].join('\n'),
    );
  } finally {
    stopAll();
    await pool.query(`DELETE FROM members WHERE id = $1`, [memberId]);
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
