import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { QUEUES, type QueueName } from './queues.js';

export interface JobToSend<T extends object> {
  /** A UUID; a job whose id exists already is not queued again. */
  id?: string;
  data: T;
  startAfter?: Date;
  singletonKey?: string;
}

/** Jobs a worker takes at once (run one after another). */
const BATCH_SIZE = 20;

type Handler<T> = (data: T, job: PgBoss.Job<T>) => Promise<void>;

/**
 * Background jobs with pg-boss on the application's own PostgreSQL (or embedded PGlite): a job is a row,
 * so it survives a restart, and workers take it with SKIP LOCKED, so exactly one of any number of API
 * processes runs it. pg-boss shares the app's connection pool, and `sendInTransaction` queues jobs in
 * the caller's transaction: the job exists if and only if what it is about was committed.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private readonly handlers = new Map<QueueName, Handler<never>>();
  /** Batches being worked on: shutdown waits for them, since they use the pool that closes after. */
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: 'pgboss',
      // Deleting old jobs and expiring stuck ones; every process may do it, pg-boss takes turns by lock.
      supervise: true,
      schedule: false,
    });
    this.boss.on('error', (error) => this.logger.error(`pg-boss: ${String(error)}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    for (const queue of Object.values(QUEUES)) await this.boss.createQueue(queue.name, queue);
  }

  /** Registers the worker of a queue; its jobs are taken once the application has started. */
  handle<T extends object>(queue: QueueName, handler: Handler<T>): void {
    if (this.handlers.has(queue)) throw new Error(`Queue ${queue} has a worker already`);
    this.handlers.set(queue, handler as Handler<never>);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const [queue, handler] of this.handlers) {
      let workerId = '';
      workerId = await this.boss.work<object>(
        queue,
        { batchSize: BATCH_SIZE, pollingIntervalSeconds: this.config.jobPollingSeconds },
        (jobs) => this.track(this.runBatch(queue, handler as Handler<object>, jobs, () => workerId)),
      );
    }
  }

  private async runBatch(queue: QueueName, handler: Handler<object>, jobs: PgBoss.Job<object>[], workerId: () => string): Promise<void> {
    // Each job succeeds or fails on its own: the failed ones are retried later, the rest are completed
    // when this returns. A full batch means more are waiting: fetch again without the polling pause.
    for (const job of jobs) {
      try {
        await handler(job.data, job);
      } catch (error) {
        this.logger.warn(`Job ${queue} ${job.id} failed (it will be retried): ${String(error)}`);
        // While shutting down the job is left active; pg-boss expires and retries it.
        if (!this.stopping) await this.boss.fail(queue, job.id, { message: String(error) });
      }
    }
    if (jobs.length === BATCH_SIZE && workerId() && !this.stopping) this.boss.notifyWorker(workerId());
  }

  private async track(batch: Promise<void>): Promise<void> {
    this.inFlight.add(batch);
    try {
      await batch;
    } finally {
      this.inFlight.delete(batch);
    }
  }

  /** Queues jobs inside the caller's transaction (TypeORM EntityManager of a running transaction). */
  async sendInTransaction<T extends object>(manager: EntityManager, queue: QueueName, jobs: readonly JobToSend<T>[]): Promise<void> {
    if (!jobs.length) return;
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
    await this.boss.insert(
      jobs.map((job) => ({ name: queue, id: job.id, data: job.data, startAfter: job.startAfter, singletonKey: job.singletonKey })),
      { db },
    );
  }

  async send<T extends object>(queue: QueueName, job: JobToSend<T>): Promise<string | null> {
    return this.boss.send(queue, job.data, { id: job.id, startAfter: job.startAfter, singletonKey: job.singletonKey });
  }

  /** Jobs of a queue waiting to run (created or waiting to retry). */
  async pending(queue: QueueName): Promise<number> {
    return this.boss.getQueueSize(queue);
  }

  async onModuleDestroy(): Promise<void> {
    // No new jobs are taken; running ones finish (the shared pool is the DataSource's to close after this).
    this.stopping = true;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
    await Promise.allSettled([...this.inFlight]);
  }
}
