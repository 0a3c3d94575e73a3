import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with migrations and demo data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, publicUrl: 'http://localhost:3000', databaseUrl: undefined, migrateOnStart: true, seedDemoData: true });
  });

  it('does not migrate or seed a real database unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/liblab', PUBLIC_URL: 'https://liblab.example.org/' });
    expect(config).toMatchObject({ migrateOnStart: false, seedDemoData: false, publicUrl: 'https://liblab.example.org' });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });

  it('keeps memory:// as the in-memory database rather than a folder of that name', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });

  it('limits posting to 1 per 5 s and voting to 30 a minute unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ postRateLimitCount: 1, postRateLimitSeconds: 5, voteRateLimitPerMinute: 30 });
    const tuned = loadConfig({ POST_RATE_LIMIT_COUNT: '3', POST_RATE_LIMIT_SECONDS: '60', VOTE_RATE_LIMIT_PER_MINUTE: '0' });
    expect(tuned).toMatchObject({ postRateLimitCount: 3, postRateLimitSeconds: 60, voteRateLimitPerMinute: 0 });
    expect(() => loadConfig({ POST_RATE_LIMIT_COUNT: 'many' })).toThrow(/POST_RATE_LIMIT_COUNT must be/);
  });

  it('explains bad values instead of starting wrongly', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a non-negative whole number/);
    expect(() => loadConfig({ PUBLIC_URL: 'liblab.example.org' })).toThrow(/PUBLIC_URL must be an absolute URL/);
  });
});
