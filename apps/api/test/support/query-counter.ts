import type { DataSource } from 'typeorm';

/** Waits until no background job is due or running (a job's own statements would be counted too). */
async function jobsSettled(dataSource: DataSource): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [{ due }]: { due: number }[] = await dataSource.query(
      `SELECT count(*)::int AS due FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
    );
    if (due === 0) return;
    if (Date.now() > deadline) throw new Error(`${due} background jobs still due after 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Counts the SQL statements TypeORM sends while `work` runs (every query passes through its logger),
 * once the background jobs that earlier steps queued have run.
 */
export async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<{ count: number; queries: string[] }> {
  await jobsSettled(dataSource);
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const queries: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    queries.push(query);
    return original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return { count: queries.length, queries };
}
