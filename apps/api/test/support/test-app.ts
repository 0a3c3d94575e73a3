import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp, type RunningApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/core/config/app-config.js';
import { dataSourceOptions } from '../../src/core/database/data-source-options.js';
import { urlForDatabase, withAdminClient } from './postgres-admin.js';
import { GqlClient } from './gql-client.js';

export interface TestDatabase {
  /** Undefined on the embedded fallback: each app then gets its own in-memory PGlite. */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * The migrated template every test database is cloned from. The first test file to get here builds it,
 * under an advisory lock so parallel workers wait for it instead of racing.
 */
async function ensureTemplate(template: string): Promise<void> {
  await withAdminClient(async (c) => {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      await c.query(`CREATE DATABASE ${template}`);
      const ds = new DataSource(dataSourceOptions(urlForDatabase(template), 2));
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      await ds.destroy();
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

/** A fresh database cloned from the migrated template (or nothing to do on the embedded fallback). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.LIBLAB_TEST_TEMPLATE;
  if (!template) return { url: undefined, drop: async () => {} };
  await ensureTemplate(template);
  const name = `liblab_test_${process.env.LIBLAB_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: urlForDatabase(name),
    drop: () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export interface TestApp {
  running: RunningApp;
  url: string;
  wsUrl: string;
  dataSource: DataSource;
  client(): GqlClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<AppConfig>;
  /** Share a database between several apps (e.g. two API processes); otherwise each app gets its own. */
  database?: TestDatabase;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const ownDatabase = options.database ? undefined : await createTestDatabase();
  const database = options.database ?? ownDatabase!;
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const config: AppConfig = {
    ...base,
    databaseUrl: database.url,
    // Never the repository's ./data: mail written without SMTP goes to a temporary folder.
    dataDir: database.url ? join(tmpdir(), 'liblab-test-data') : 'memory://',
    migrateOnStart: !database.url,
    seedDemoData: false,
    webDistDir: '',
    redisUrl: undefined,
    smtpUrl: undefined,
    // Tests send many sign-ins from one address; the rate-limit test sets its own value.
    authRateLimitPerMinute: 1000,
    // Likewise for posting, voting and reacting; the knowledge rate-limit test sets low values.
    postRateLimitCount: 100_000,
    voteRateLimitPerMinute: 100_000,
    dbPoolSize: 5,
    // Background jobs (mail) are taken within half a second, so tests waiting for mail stay short.
    jobPollingSeconds: 0.5,
    ...options.config,
  };
  const running = await createApp(config);
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    running,
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    dataSource: running.app.get(DataSource),
    client: () => new GqlClient(url),
    async close() {
      await running.close();
      await ownDatabase?.drop();
    },
  };
}
