import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options.js';
import { startEmbeddedPostgres } from '../embedded-postgres.js';

describe('embedded database (PGlite behind a socket)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'liblab-embedded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the migrations, keeps data across restarts, and refuses a second process on the same directory', async () => {
    const first = await startEmbeddedPostgres(join(dir, 'nested', 'data'), 4);
    try {
      await expect(startEmbeddedPostgres(join(dir, 'nested', 'data'), 4)).rejects.toThrow(/in use by another LibLab process/);
      const ds = new DataSource(dataSourceOptions(first.url, 3));
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      await ds.query(`INSERT INTO libraries (slug, name, city, region, country) VALUES ('kept', 'Kept', 'Łódź', 'lodzkie', 'PL')`);
      // Concurrent statements on pooled connections are queued, not interleaved.
      const counts = await Promise.all([1, 2, 3].map(() => ds.query('SELECT count(*)::int AS n FROM libraries')));
      expect(counts.map((r) => r[0].n)).toEqual([1, 1, 1]);
      await ds.destroy();
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres(join(dir, 'nested', 'data'), 2);
    try {
      const ds = new DataSource(dataSourceOptions(second.url, 1));
      await ds.initialize();
      expect(await ds.query('SELECT name, city FROM libraries')).toEqual([{ name: 'Kept', city: 'Łódź' }]);
      await ds.destroy();
    } finally {
      await second.stop();
    }
  });

  it('takes over a lock left by a process that died', async () => {
    const data = join(dir, 'stale');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'pglite.lock'), '999999');
    const db = await startEmbeddedPostgres(data, 1);
    await db.stop();
  });
});
