import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { SCHEMA_FILE } from '../graphql-options.factory.js';

/**
 * apps/api/schema.graphql is the contract the web's typed documents are generated from. This test fails
 * when it is stale; `npm run schema` (UPDATE_SCHEMA=1) rewrites it.
 */
describe('committed GraphQL schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('matches the schema the code builds', () => {
    const built = `${printSchema(app.running.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, built);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== built) {
      throw new Error('apps/api/schema.graphql is stale: run `npm run schema`, then `npm run codegen`, and commit both.');
    }
    expect(committed).toBe(built);
  });
});
