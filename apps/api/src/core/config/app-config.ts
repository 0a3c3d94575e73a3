import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

/** Every setting the API reads from the environment, typed and validated once at start. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Where people reach the portal; used for links in mail and for CORS. */
  publicUrl: string;
  /** Real PostgreSQL. When absent the API starts an embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * Holds the embedded database, its lock file and, without SMTP, outgoing mail as .eml files.
   * `memory://` keeps the embedded database in memory (nothing survives a restart).
   */
  dataDir: string;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Run pending migrations at start (default: on for the embedded database, off for DATABASE_URL). */
  migrateOnStart: boolean;
  /** Seed demo data at start when the database has no members (default: on for the embedded database). */
  seedDemoData: boolean;
  /** Directory of the built web app to serve; empty string disables it. */
  webDistDir: string;
  logLevel: string;
  /** Attempts allowed per minute on sign-in, sign-up and password reset, per IP and per account. */
  authRateLimitPerMinute: number;
  /** Posts (inspirations, questions, answers, comments) a member may write per window; 0 turns the limit off. */
  postRateLimitCount: number;
  /** The posting window in seconds. */
  postRateLimitSeconds: number;
  /** Votes and reactions (given or withdrawn) a member may make per minute; 0 turns the limit off. */
  voteRateLimitPerMinute: number;
  /** Size of the database connection pool. */
  dbPoolSize: number;
  /** How often an idle background worker looks for new jobs, in seconds (0.5 or more). */
  jobPollingSeconds: number;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative whole number, got "${value}"`);
  return n;
}

function seconds(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number of seconds, at least ${min}, got "${value}"`);
  return n;
}

function nodeEnv(value: string | undefined): NodeEnv {
  if (value === 'production' || value === 'test') return value;
  return 'development';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = int('PORT', env.PORT, 3000);
  const databaseUrl = env.DATABASE_URL || undefined;
  const embedded = databaseUrl === undefined;
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute URL such as https://liblab.example.org, got "${publicUrl}"`);
  }
  return {
    nodeEnv: nodeEnv(env.NODE_ENV),
    port,
    host: env.HOST || '0.0.0.0',
    publicUrl,
    databaseUrl,
    dataDir: env.DATA_DIR === 'memory://' ? 'memory://' : resolve(env.DATA_DIR || 'data'),
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'LibLab <no-reply@liblab.local>',
    migrateOnStart: bool(env.MIGRATE_ON_START, embedded),
    seedDemoData: bool(env.SEED_DEMO_DATA, embedded),
    webDistDir: env.WEB_DIST_DIR ?? resolve('dist/apps/web'),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    authRateLimitPerMinute: int('AUTH_RATE_LIMIT_PER_MINUTE', env.AUTH_RATE_LIMIT_PER_MINUTE, 6),
    postRateLimitCount: int('POST_RATE_LIMIT_COUNT', env.POST_RATE_LIMIT_COUNT, 1),
    postRateLimitSeconds: Math.max(1, int('POST_RATE_LIMIT_SECONDS', env.POST_RATE_LIMIT_SECONDS, 5)),
    voteRateLimitPerMinute: int('VOTE_RATE_LIMIT_PER_MINUTE', env.VOTE_RATE_LIMIT_PER_MINUTE, 30),
    dbPoolSize: int('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
    jobPollingSeconds: seconds('JOB_POLLING_SECONDS', env.JOB_POLLING_SECONDS, 2, 0.5),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
