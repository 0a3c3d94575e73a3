import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities from rows of hand-written SQL (window functions, LATERAL joins) that TypeORM's query
 * builder cannot express: each column is read by its database name and hydrated as TypeORM would.
 */
export function rowsToEntities<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  rows: Record<string, unknown>[],
): T[] {
  const metadata = dataSource.getMetadata(target);
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      if (column.databaseName in row) {
        column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
      }
    }
    return entity;
  });
}
