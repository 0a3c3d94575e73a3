import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { ADD_COMMENT, DELETE_COMMENT, DELETE_INSPIRATION, postAnswer, postInspiration, postQuestion } from '../../../../test/support/knowledge.js';

const COMMENTS = `query C($id: ID!, $first: Int!, $after: String) {
  inspiration(id: $id) {
    commentCount
    comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id body viewerCanDelete author { name } } } }
  }
}`;

describe('comments', () => {
  let app: TestApp;
  let author: GqlClient;
  let commenter: GqlClient;
  let other: GqlClient;
  let admin: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    author = (await signedInMember(app)).client;
    commenter = (await signedInMember(app, { name: 'Jan Mazur' })).client;
    other = (await signedInMember(app)).client;
    admin = (await signedInMember(app, { roles: ['member', 'admin'] })).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are added to inspirations, questions and answers as plain text, oldest first', async () => {
    const inspirationId = await postInspiration(author);
    const questionId = await postQuestion(author);
    const answerId = await postAnswer(other, questionId);
    for (const contentId of [inspirationId, questionId, answerId]) {
      const added = (await commenter.ok(ADD_COMMENT, { input: { contentId, body: '  Świetny pomysł! <b>naprawdę</b>  ' } })).addComment;
      // Stored as the text it is; the web shows it as text, so the markup is harmless and visible.
      expect(added).toMatchObject({ body: 'Świetny pomysł! <b>naprawdę</b>', viewerCanDelete: true });
    }
    for (let i = 0; i < 4; i++) await other.ok(ADD_COMMENT, { input: { contentId: inspirationId, body: `Komentarz ${i}` } });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await other.ok(COMMENTS, { id: inspirationId, first: 2, after })).inspiration;
      expect(page.commentCount).toBe(5);
      expect(page.comments.totalCount).toBe(5);
      seen.push(...page.comments.edges.map((e: any) => e.node.body));
      if (!page.comments.pageInfo.hasNextPage) break;
      after = page.comments.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Świetny pomysł! <b>naprawdę</b>', 'Komentarz 0', 'Komentarz 1', 'Komentarz 2', 'Komentarz 3']);
  });

  it('must say something, briefly', async () => {
    const contentId = await postInspiration(author);
    expect(fieldErrors(await commenter.gql(ADD_COMMENT, { input: { contentId, body: '   ' } }))).toEqual(['body']);
    expect(fieldErrors(await commenter.gql(ADD_COMMENT, { input: { contentId, body: 'x'.repeat(2001) } }))).toEqual(['body']);
    expect(errorCode(await commenter.gql(ADD_COMMENT, { input: { contentId: '00000000-0000-4000-8000-000000000000', body: 'Hej' } }))).toBe('NOT_FOUND');
  });

  it('are deleted by their author or a moderator only, and then are gone and uncounted', async () => {
    const contentId = await postInspiration(author);
    const first = (await commenter.ok(ADD_COMMENT, { input: { contentId, body: 'Pierwszy' } })).addComment.id;
    const second = (await commenter.ok(ADD_COMMENT, { input: { contentId, body: 'Drugi' } })).addComment.id;
    // Not even the author of the inspiration deletes other people's comments.
    expect(errorCode(await author.gql(DELETE_COMMENT, { id: first }))).toBe('FORBIDDEN');
    expect(errorCode(await other.gql(DELETE_COMMENT, { id: first }))).toBe('FORBIDDEN');
    const view = (await other.ok(COMMENTS, { id: contentId, first: 10 })).inspiration;
    expect(view.comments.edges.map((e: any) => e.node.viewerCanDelete)).toEqual([false, false]);

    expect((await commenter.ok(DELETE_COMMENT, { id: first })).deleteComment).toBe(first);
    expect((await admin.ok(DELETE_COMMENT, { id: second })).deleteComment).toBe(second);
    expect(errorCode(await commenter.gql(DELETE_COMMENT, { id: first }))).toBe('NOT_FOUND');
    expect((await other.ok(COMMENTS, { id: contentId, first: 10 })).inspiration).toMatchObject({ commentCount: 0, comments: { totalCount: 0, edges: [] } });
  });

  it('cannot be added to deleted content', async () => {
    const contentId = await postInspiration(author);
    await author.ok(DELETE_INSPIRATION, { id: contentId });
    expect(errorCode(await commenter.gql(ADD_COMMENT, { input: { contentId, body: 'Za późno' } }))).toBe('NOT_FOUND');
  });
});
