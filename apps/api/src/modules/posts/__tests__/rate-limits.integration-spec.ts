import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode } from '../../../../test/support/gql-client.js';
import {
  ADD_COMMENT,
  CREATE_ANSWER,
  CREATE_INSPIRATION,
  CREATE_QUESTION,
  inspirationInput,
  questionInput,
  REACT,
  VOTE,
} from '../../../../test/support/knowledge.js';

describe('posting and voting rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    // The production defaults for posting (1 per 5 s), and a small voting budget.
    app = await createTestApp({ config: { postRateLimitCount: 1, postRateLimitSeconds: 5, voteRateLimitPerMinute: 3 } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('let a member post once per window, whatever they post, and say how long to wait', async () => {
    const { client } = await signedInMember(app);
    expect((await client.gql(CREATE_QUESTION, { input: questionInput() })).errors).toBeUndefined();
    const flood = await Promise.all([
      client.gql(CREATE_QUESTION, { input: questionInput() }),
      client.gql(CREATE_INSPIRATION, { input: inspirationInput() }),
    ]);
    for (const result of flood) {
      expect(errorCode(result)).toBe('TOO_MANY_REQUESTS');
      expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM posts');
    expect(count).toBe(1);

    // Another member is not held back by the first one's posts.
    const other = (await signedInMember(app)).client;
    const question = (await other.ok(CREATE_QUESTION, { input: questionInput() })).createQuestion.id;
    expect(errorCode(await other.gql(CREATE_ANSWER, { input: { questionId: question, body: '<p>Szybko</p>' } }))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await other.gql(ADD_COMMENT, { input: { contentId: question, body: 'Szybko' } }))).toBe('TOO_MANY_REQUESTS');
  });

  it('do not count a post that was refused for bad input', async () => {
    const { client } = await signedInMember(app);
    expect(errorCode(await client.gql(CREATE_QUESTION, { input: questionInput({ title: '' }) }))).toBe('BAD_USER_INPUT');
    expect((await client.gql(CREATE_QUESTION, { input: questionInput() })).errors).toBeUndefined();
  });

  it('limit votes and reactions per member per minute', async () => {
    const asker = (await signedInMember(app)).client;
    const questionId = (await asker.ok(CREATE_QUESTION, { input: questionInput() })).createQuestion.id;
    const { client } = await signedInMember(app);
    const results = [
      await client.gql(VOTE, { id: questionId }),
      await client.gql(REACT, { contentId: questionId, kind: 'USEFUL' }),
      await client.gql(VOTE, { id: questionId }),
      await client.gql(REACT, { contentId: questionId, kind: 'THANKS' }),
    ];
    expect(results.map(errorCode)).toEqual([undefined, undefined, undefined, 'TOO_MANY_REQUESTS']);
  });
});
