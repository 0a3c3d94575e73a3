import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import type { GqlClient } from '../../../../test/support/gql-client.js';
import {
  ACCEPT_ANSWER,
  ADD_COMMENT,
  DELETE_ANSWER,
  DELETE_COMMENT,
  DELETE_QUESTION,
  postAnswer,
  postInspiration,
  postQuestion,
  questionInput,
  UNACCEPT_ANSWER,
  UNVOTE,
  UPDATE_ANSWER,
  UPDATE_QUESTION,
  VOTE,
} from '../../../../test/support/knowledge.js';
import { QUESTION_ACTIVITY } from '../../../../test/support/notifications.js';
import { settle, subscribe } from '../../../../test/support/ws-subscriber.js';

interface Activity {
  kind: string;
  questionId: string;
  contentId: string;
  commentId: string | null;
  answerCount: number;
  voteCount: number | null;
  commentCount: number | null;
  acceptedAnswerId: string | null;
  question: { id: string; answerCount: number } | null;
  answer: { id: string; body: string; accepted: boolean; voteCount: number } | null;
  comment: { id: string; body: string } | null;
}

describe('questionActivity: a question page without reload', () => {
  let app: TestApp;
  let asker: GqlClient;
  let answerer: GqlClient;
  let viewer: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    asker = (await signedInMember(app)).client;
    answerer = (await signedInMember(app)).client;
    viewer = (await signedInMember(app)).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('delivers answers, comments, votes and acceptance as they happen, with current counts, for that question only', async () => {
    const questionId = await postQuestion(asker);
    const otherQuestion = await postQuestion(asker);
    const page = subscribe<{ questionActivity: Activity }>(app.wsUrl, viewer.cookieHeader, QUESTION_ACTIVITY, { questionId });
    await settle();
    const next = async () => (await page.next()).questionActivity;

    // Activity elsewhere (another question, an inspiration) does not reach this page.
    await postAnswer(answerer, otherQuestion);
    await viewer.ok(ADD_COMMENT, { input: { contentId: await postInspiration(asker), body: 'Fint' } });

    const answerId = await postAnswer(answerer, questionId, '<p>Bjud in alla partier.</p>');
    expect(await next()).toMatchObject({
      kind: 'ANSWER_ADDED',
      questionId,
      contentId: answerId,
      answerCount: 1,
      voteCount: 0,
      acceptedAnswerId: null,
      question: { id: questionId, answerCount: 1 },
      answer: { id: answerId, body: '<p>Bjud in alla partier.</p>', accepted: false },
      comment: null,
    });

    await answerer.ok(UPDATE_ANSWER, { id: answerId, input: { body: '<p>Bjud in alla partier, i tid.</p>' } });
    expect(await next()).toMatchObject({ kind: 'ANSWER_UPDATED', contentId: answerId, answer: { body: '<p>Bjud in alla partier, i tid.</p>' } });

    const commentId = (await viewer.ok(ADD_COMMENT, { input: { contentId: answerId, body: 'Hur många kom?' } })).addComment.id;
    expect(await next()).toMatchObject({ kind: 'COMMENT_ADDED', contentId: answerId, commentId, commentCount: 1, comment: { id: commentId, body: 'Hur många kom?' } });
    const onQuestion = (await answerer.ok(ADD_COMMENT, { input: { contentId: questionId, body: 'Vilken vecka?' } })).addComment.id;
    expect(await next()).toMatchObject({ kind: 'COMMENT_ADDED', contentId: questionId, commentId: onQuestion, commentCount: 1, answer: null });

    await viewer.ok(VOTE, { id: answerId });
    expect(await next()).toMatchObject({ kind: 'VOTES_CHANGED', contentId: answerId, voteCount: 1, answer: { voteCount: 1 } });
    await viewer.ok(VOTE, { id: answerId }); // no change, no event
    await viewer.ok(VOTE, { id: questionId });
    expect(await next()).toMatchObject({ kind: 'VOTES_CHANGED', contentId: questionId, voteCount: 1 });
    await viewer.ok(UNVOTE, { id: answerId });
    expect(await next()).toMatchObject({ kind: 'VOTES_CHANGED', contentId: answerId, voteCount: 0 });

    await asker.ok(ACCEPT_ANSWER, { id: answerId });
    expect(await next()).toMatchObject({ kind: 'ACCEPTED_CHANGED', contentId: answerId, acceptedAnswerId: answerId, answer: { accepted: true } });
    await asker.ok(UNACCEPT_ANSWER, { id: answerId });
    expect(await next()).toMatchObject({ kind: 'ACCEPTED_CHANGED', contentId: answerId, acceptedAnswerId: null, answer: { accepted: false } });

    await viewer.ok(DELETE_COMMENT, { id: commentId });
    expect(await next()).toMatchObject({ kind: 'COMMENT_DELETED', contentId: answerId, commentId, commentCount: 0, comment: null });

    await asker.ok(UPDATE_QUESTION, { id: questionId, input: questionInput({ title: 'Hur ordnar man en valdebatt?' }) });
    expect(await next()).toMatchObject({ kind: 'QUESTION_UPDATED', contentId: questionId });

    await answerer.ok(DELETE_ANSWER, { id: answerId });
    expect(await next()).toMatchObject({ kind: 'ANSWER_DELETED', contentId: answerId, answerCount: 0, voteCount: null, answer: null });

    await asker.ok(DELETE_QUESTION, { id: questionId });
    expect(await next()).toMatchObject({ kind: 'QUESTION_DELETED', contentId: questionId, question: null });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('is for signed-in members, on questions that exist', async () => {
    const questionId = await postQuestion(asker);
    const visitor = subscribe(app.wsUrl, '', QUESTION_ACTIVITY, { questionId });
    await expect(visitor.next(3000)).rejects.toThrow(/UNAUTHENTICATED|sign in/i);
    await visitor.close();
    const missing = subscribe(app.wsUrl, viewer.cookieHeader, QUESTION_ACTIVITY, { questionId: '00000000-0000-4000-8000-000000000000' });
    await expect(missing.next(3000)).rejects.toThrow(/NOT_FOUND|not found/i);
    await missing.close();
  });
});
