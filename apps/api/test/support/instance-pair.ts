import { Redis } from 'ioredis';
import { createTestApp, createTestDatabase, type TestApp } from './test-app.js';

export interface InstancePair {
  a: TestApp;
  b: TestApp;
  close(): Promise<void>;
}

/**
 * Two API instances on one PostgreSQL database and one Redis, as two replicas behind a load balancer.
 * Under CI a missing Redis fails the run; elsewhere this returns null after a loud line, and so does a
 * machine without PostgreSQL (two processes cannot share the embedded database).
 */
export async function startInstancePair(what: string): Promise<InstancePair | null> {
  const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let problem: string | null = null;
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    problem = String(error);
  } finally {
    probe.disconnect();
  }
  if (problem) {
    if (process.env.CI === 'true') throw new Error(`Redis is required under CI and is not reachable at ${redisUrl}: ${problem}`);
    console.warn(`\n*** Redis not reachable at ${redisUrl} (${problem}): ${what} is SKIPPED. Start Redis to run it. ***\n`);
    return null;
  }
  const database = await createTestDatabase();
  if (!database.url) {
    console.warn(`\n*** No PostgreSQL: two instances cannot share the embedded database; ${what} is SKIPPED. ***\n`);
    return null;
  }
  const a = await createTestApp({ database, config: { redisUrl } });
  const b = await createTestApp({ database, config: { redisUrl } });
  return {
    a,
    b,
    async close() {
      await a.close();
      await b.close();
      await database.drop();
    },
  };
}
