import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '../../../..');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI: ${String(error)}`);
    console.warn(`\n*** PostgreSQL not reachable (${String(error)}): the browser tests use the embedded database. ***\n`);
    return null;
  }
  const name = `liblab_e2e_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface Portal {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built portal as a person would run it (node dist/apps/api/main.js serving dist/apps/web),
 * on a fresh PostgreSQL database with the demo data, mail going to `smtpUrl`.
 */
export async function startPortal(smtpUrl: string): Promise<Portal> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
    throw new Error('Build first: npx nx run-many -t build -p api web (the e2e target does this for you).');
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const database = await freshPostgresDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    SMTP_URL: smtpUrl,
    SEED_DEMO_DATA: 'true',
    MIGRATE_ON_START: 'true',
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: join(ROOT, 'dist/apps/web'),
    DATA_DIR: database ? join(ROOT, 'tmp/e2e-data') : 'memory://',
  };
  delete env.REDIS_URL;
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [main], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The portal exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The portal did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await database?.drop();
    },
  };
}
