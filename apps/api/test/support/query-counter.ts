import type { DataSource } from 'typeorm';

/** Counts the SQL statements TypeORM sends while `work` runs (every query passes through its logger). */
export async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<{ count: number; queries: string[] }> {
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
