import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { citext } from '@electric-sql/pglite/contrib/citext';

/**
 * The embedded database: PGlite (PostgreSQL compiled to WASM) behind a loopback socket, so TypeORM's
 * ordinary `pg` driver talks to it exactly as to a real server. One process per data directory:
 * PGlite corrupts a directory that two processes write, so we hold a lock file while running.
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dir>.lock` or explains who holds it. A lock left by a dead process is taken over. */
export function acquireDataDirLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && pidIsAlive(holder)) {
        throw new Error(
          `The embedded database in ${lockPath.replace(/\.lock$/, '')} is in use by another LibLab process ` +
            `(pid ${holder}). Stop that process first, or set DATA_DIR to another directory, ` +
            `or set DATABASE_URL to use a PostgreSQL server.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

/**
 * Starts PGlite on `dataDir/pglite` (or in memory when dataDir is 'memory://') and a socket server on a
 * free loopback port. `maxConnections` must be at least the pool size, or pooled clients wait forever.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  const inMemory = dataDir === 'memory://';
  let releaseLock = () => {};
  let pgDir: string | undefined;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    pgDir = join(dataDir, 'pglite');
    releaseLock = acquireDataDirLock(`${pgDir}.lock`);
  }
  try {
    const db = await PGlite.create({ dataDir: pgDir, extensions: { pg_trgm, unaccent, citext } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    return {
      url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
