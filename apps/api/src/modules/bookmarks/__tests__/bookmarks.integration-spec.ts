import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import { BOOKMARK, DELETE_INSPIRATION, postAnswer, postInspiration, postQuestion, UNBOOKMARK } from '../../../../test/support/knowledge.js';

const MINE = `query M($first: Int!, $after: String) {
  myBookmarks(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { __typename id title viewerBookmarked author { name } tags { slug } ... on Question { answerCount } ... on Inspiration { summary } } }
  }
}`;

describe('bookmarks', () => {
  let app: TestApp;
  let author: GqlClient;
  let reader: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    author = (await signedInMember(app)).client;
    reader = (await signedInMember(app)).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('keep inspirations and questions for the member, latest first, and bookmarking twice changes nothing', async () => {
    const inspiration = await postInspiration(author);
    const question = await postQuestion(author);
    expect((await reader.ok(BOOKMARK, { postId: inspiration })).bookmark).toEqual({ id: inspiration, viewerBookmarked: true });
    expect((await reader.ok(BOOKMARK, { postId: question })).bookmark.viewerBookmarked).toBe(true);
    await reader.ok(BOOKMARK, { postId: question });

    const mine = (await reader.ok(MINE, { first: 10 })).myBookmarks;
    expect(mine.totalCount).toBe(2);
    expect(mine.edges.map((e: any) => [e.node.__typename, e.node.id])).toEqual([['Question', question], ['Inspiration', inspiration]]);
    // Private: the author sees nothing of it.
    expect((await author.ok(MINE, { first: 10 })).myBookmarks.totalCount).toBe(0);

    expect((await reader.ok(UNBOOKMARK, { postId: question })).unbookmark.viewerBookmarked).toBe(false);
    expect((await reader.ok(UNBOOKMARK, { postId: question })).unbookmark.viewerBookmarked).toBe(false);
    expect((await reader.ok(MINE, { first: 10 })).myBookmarks.edges.map((e: any) => e.node.id)).toEqual([inspiration]);
  });

  it('drop deleted content, refuse answers, and page in constant statements', async () => {
    const member = (await signedInMember(app)).client;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(i % 2 ? await postQuestion(author) : await postInspiration(author));
    for (const id of ids) await member.ok(BOOKMARK, { postId: id });
    await author.ok(DELETE_INSPIRATION, { id: ids[0] });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await member.ok(MINE, { first: 5, after })).myBookmarks;
      expect(page.totalCount).toBe(11);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids.slice(1).reverse());

    const small = await countQueries(app.dataSource, () => member.ok(MINE, { first: 2 }));
    const large = await countQueries(app.dataSource, () => member.ok(MINE, { first: 11 }));
    expect(large.count).toBe(small.count);

    const answer = await postAnswer(member, ids[1]);
    expect(errorCode(await member.gql(BOOKMARK, { postId: answer }))).toBe('NOT_FOUND');
    expect(errorCode(await member.gql(BOOKMARK, { postId: ids[0] }))).toBe('NOT_FOUND');
  });
});
