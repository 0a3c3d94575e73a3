import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Once per run, in Jest's parent process (which cannot load our `.js`-suffixed TypeScript imports, so this
 * file stands alone): decide where integration tests get their databases. Real PostgreSQL: name a
 * template that the first test file migrates (see support/test-app.ts). No PostgreSQL: fail under CI,
 * otherwise fall back loudly to the embedded database.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required under CI and is not reachable at ${url} (${problem}).`);
    }
    console.warn(
      `\n*** PostgreSQL not reachable at ${url} (${problem}): integration tests run on the embedded PGlite database. ***\n` +
        '*** Start PostgreSQL or set TEST_DATABASE_URL to test against a real server. ***\n',
    );
    process.env.LIBLAB_TEST_EMBEDDED = '1';
    return;
  } finally {
    await client.end().catch(() => {});
  }
  const run = randomBytes(4).toString('hex');
  process.env.LIBLAB_TEST_RUN = run;
  process.env.LIBLAB_TEST_TEMPLATE = `liblab_test_${run}_tpl`;
}
