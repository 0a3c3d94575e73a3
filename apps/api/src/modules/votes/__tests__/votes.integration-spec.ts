import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import {
  ADD_COMMENT,
  countersAndRows,
  DELETE_ANSWER,
  DELETE_COMMENT,
  postAnswer,
  postInspiration,
  postQuestion,
  UNVOTE,
  VOTE,
} from '../../../../test/support/knowledge.js';

describe('votes and counters', () => {
  let app: TestApp;
  let asker: GqlClient;
  let answerer: GqlClient;
  let voter: GqlClient;

  beforeAll(async () => {
    // A larger pool, so the concurrent requests below really run side by side in PostgreSQL.
    app = await createTestApp({ config: { dbPoolSize: 20 } });
    asker = (await signedInMember(app)).client;
    answerer = (await signedInMember(app)).client;
    voter = (await signedInMember(app)).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('count once per member, can be withdrawn, and repeating either changes nothing', async () => {
    const questionId = await postQuestion(asker);
    expect((await voter.ok(VOTE, { id: questionId })).vote).toMatchObject({ voteCount: 1, viewerVoted: true });
    expect((await voter.ok(VOTE, { id: questionId })).vote).toMatchObject({ voteCount: 1, viewerVoted: true });
    expect((await voter.ok(UNVOTE, { id: questionId })).unvote).toMatchObject({ voteCount: 0, viewerVoted: false });
    expect((await voter.ok(UNVOTE, { id: questionId })).unvote).toMatchObject({ voteCount: 0, viewerVoted: false });
    const answerId = await postAnswer(answerer, questionId);
    expect((await voter.ok(VOTE, { id: answerId })).vote).toMatchObject({ voteCount: 1, viewerVoted: true });
  });

  it('are not given to your own content, nor to inspirations, deleted or unknown content', async () => {
    const questionId = await postQuestion(asker);
    expect(errorCode(await asker.gql(VOTE, { id: questionId }))).toBe('FORBIDDEN');
    const question = (await asker.ok(`query Q($id: ID!) { question(id: $id) { viewerCanVote } }`, { id: questionId })).question;
    expect(question.viewerCanVote).toBe(false);
    const inspirationId = await postInspiration(asker);
    expect(errorCode(await voter.gql(VOTE, { id: inspirationId }))).toBe('NOT_FOUND');
    expect(errorCode(await voter.gql(VOTE, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    const answerId = await postAnswer(answerer, questionId);
    await answerer.ok(DELETE_ANSWER, { id: answerId });
    expect(errorCode(await voter.gql(VOTE, { id: answerId }))).toBe('NOT_FOUND');
  });

  it('50 parallel votes by one member leave exactly one vote, and the counter says 1', async () => {
    const questionId = await postQuestion(asker);
    const answerId = await postAnswer(answerer, questionId);
    for (const id of [questionId, answerId]) {
      const results = await Promise.all(Array.from({ length: 50 }, () => voter.gql(VOTE, { id })));
      expect(results.every((r) => !r.errors)).toBe(true);
      const [row] = await countersAndRows(app.dataSource, [id]);
      expect(row).toMatchObject({ vote_count: 1, votes: 1 });
    }
  });

  it('counters equal the rows they count after concurrent votes, withdrawals, answers and comments', async () => {
    const members = await Promise.all(Array.from({ length: 12 }, () => signedInMember(app)));
    const questionId = await postQuestion(asker);
    const answerIds = await Promise.all(members.slice(0, 4).map((m) => postAnswer(m.client, questionId)));
    const targets = [questionId, ...answerIds];

    // Every member votes for every target, some twice, and half of them withdraw some votes, all at once.
    await Promise.all(
      members.flatMap((m, i) =>
        targets.flatMap((id, j) => [
          m.client.gql(VOTE, { id }),
          m.client.gql(VOTE, { id }),
          ...((i + j) % 2 ? [m.client.gql(UNVOTE, { id })] : []),
        ]),
      ),
    );
    // Meanwhile, more answers and comments arrive and some are deleted.
    const extra = await Promise.all(members.slice(4, 10).map((m) => postAnswer(m.client, questionId)));
    const comments = await Promise.all(
      members.flatMap((m) => targets.map((id) => m.client.ok(ADD_COMMENT, { input: { contentId: id, body: 'Dzięki!' } }))),
    );
    await Promise.all([
      ...extra.slice(0, 3).map((id, i) => members[4 + i].client.ok(DELETE_ANSWER, { id })),
      // comments[k] was written by members[floor(k / targets.length)]
      ...comments.flatMap((c, k) => (k % 3 === 0 ? [members[Math.floor(k / targets.length)].client.ok(DELETE_COMMENT, { id: c.addComment.id })] : [])),
    ]);

    const rows = await countersAndRows(app.dataSource, [...targets, ...extra]);
    for (const row of rows) {
      expect(row.vote_count).toBe(row.votes);
      expect(row.answer_count).toBe(row.answers);
      expect(row.comment_count).toBe(row.comments);
    }
    const question = rows.find((r) => r.id === questionId)!;
    expect(question.answers).toBe(4 + 3);
    expect(rows.reduce((sum, r) => sum + r.comments, 0)).toBe(comments.length - Math.ceil(comments.length / 3));
    expect(rows.reduce((sum, r) => sum + r.votes, 0)).toBeGreaterThan(0);
  });
});
