import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import { DELETE_QUESTION, postInspiration, postQuestion } from '../../../../test/support/knowledge.js';

const TAGS = `query T($first: Int!, $after: String, $sort: TagSort, $search: String) {
  tags(first: $first, after: $after, sort: $sort, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { slug name inspirationCount questionCount } }
  }
}`;
const TAG = `query T($slug: String!) { tag(slug: $slug) { slug name inspirationCount questionCount } }`;

describe('tags', () => {
  let app: TestApp;
  let member: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    member = (await signedInMember(app)).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are created on first use, keep their first spelling, and merge spellings of the same slug', async () => {
    await postInspiration(member, { tags: ['MOC promocji!', 'moc promocji', 'Läsfrämjande'] });
    await postQuestion(member, { tags: ['Moc Promocji'] });
    expect((await member.ok(TAG, { slug: 'moc-promocji' })).tag).toEqual({ slug: 'moc-promocji', name: 'MOC promocji!', inspirationCount: 1, questionCount: 1 });
    expect((await member.ok(TAG, { slug: 'läsfrämjande' })).tag).toMatchObject({ name: 'Läsfrämjande', inspirationCount: 1, questionCount: 0 });
    expect(errorCode(await member.gql(TAG, { slug: 'no-such-tag' }))).toBe('NOT_FOUND');
  });

  it('are listed by use or by name, searched, paged, and deleted content stops counting', async () => {
    for (let i = 0; i < 3; i++) await postQuestion(member, { tags: ['GET it', 'AI'] });
    const gone = await postQuestion(member, { tags: ['GET it', 'zniknie'] });
    await member.ok(DELETE_QUESTION, { id: gone });

    const popular = (await member.ok(TAGS, { first: 50 })).tags;
    expect(popular.edges.slice(0, 2).map((e: any) => [e.node.slug, e.node.questionCount])).toEqual([['get-it', 3], ['ai', 3]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(popular.edges.map((e: any) => e.node.slug)).not.toContain('zniknie');
    expect(popular.totalCount).toBe(popular.edges.length);

    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await member.ok(TAGS, { first: 2, after, sort: 'NAME' })).tags;
      names.push(...page.edges.map((e: any) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toEqual([...names].sort());
    expect(new Set(names)).toEqual(new Set(popular.edges.map((e: any) => e.node.slug)));

    const byUse: string[] = [];
    after = null;
    for (;;) {
      const page: any = (await member.ok(TAGS, { first: 2, after, sort: 'POPULAR' })).tags;
      byUse.push(...page.edges.map((e: any) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(byUse).toEqual(popular.edges.map((e: any) => e.node.slug));

    expect((await member.ok(TAGS, { first: 50, search: 'promo' })).tags.edges.map((e: any) => e.node.slug)).toEqual(['moc-promocji']);
  });

  it('list costs the same number of SQL statements for 10 tags as for 50', async () => {
    await postInspiration(member, { tags: Array.from({ length: 8 }, (_, i) => `seria a ${i}`) });
    for (let i = 0; i < 6; i++) await postQuestion(member, { tags: Array.from({ length: 8 }, (_, j) => `seria ${i} ${j}`) });
    const ten = await countQueries(app.dataSource, () => member.ok(TAGS, { first: 10 }));
    const fifty = await countQueries(app.dataSource, async () => expect((await member.ok(TAGS, { first: 50 })).tags.edges).toHaveLength(50));
    expect(fifty.count).toBe(ten.count);
  });
});
