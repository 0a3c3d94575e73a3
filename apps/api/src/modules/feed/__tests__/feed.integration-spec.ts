import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import { DELETE_QUESTION, postAnswer, postInspiration, postQuestion, REACT, VOTE } from '../../../../test/support/knowledge.js';

const FEED = `query Feed($first: Int!, $after: String, $filter: FeedFilter) {
  feed(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { cursor followed followedBecause node { __typename id title } }
  }
}`;

const DAY = 24 * 60 * 60 * 1000;

async function setCreated(ds: DataSource, id: string, daysAgo: number): Promise<void> {
  await ds.query('UPDATE posts SET created_at = $2 WHERE id = $1', [id, new Date(Date.now() - daysAgo * DAY)]);
}

async function ids(client: GqlClient, filter: Record<string, unknown> = {}, first = 50): Promise<string[]> {
  const page = (await client.ok(FEED, { first, filter })).feed;
  return page.edges.map((e: any) => e.node.id);
}

/** Every page of the feed with page size `size`, as one list of ids (fails on a repeated id). */
async function allPages(client: GqlClient, filter: Record<string, unknown>, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page: any = (await client.ok(FEED, { first: size, after, filter })).feed;
    seen.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  return seen;
}

describe('home feed', () => {
  let app: TestApp;
  let viewer: GqlClient;
  // Posts by name, and the order each sort must give.
  const p: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp();
    const followedLibrary = await makeLibrary(app.dataSource, { region: 'skane', country: 'SE' });
    const otherLibrary = await makeLibrary(app.dataSource, { region: 'pomorskie', country: 'PL' });
    const me = await signedInMember(app, { libraryId: otherLibrary.id });
    viewer = me.client;
    const friend = await signedInMember(app, { libraryId: otherLibrary.id });
    const colleague = await signedInMember(app, { libraryId: followedLibrary.id });
    const stranger = await signedInMember(app, { libraryId: otherLibrary.id });

    await viewer.ok(`mutation F($id: ID!) { followMember(id: $id) { id } }`, { id: friend.member.id });
    await viewer.ok(`mutation F($id: ID!) { followLibrary(id: $id) { id } }`, { id: followedLibrary.id });

    // Followed: by the friend (member), by a colleague of the followed library, and with the followed tag.
    p.friendOld = await postInspiration(friend.client, { title: 'Friend, 40 days ago', tags: ['misc'] });
    p.friend = await postInspiration(friend.client, { title: 'Friend', language: 'PL', tags: ['misc'] });
    p.colleague = await postQuestion(colleague.client, { title: 'Colleague question', language: 'SV', tags: ['misc'] });
    p.tagged = await postQuestion(stranger.client, { title: 'Stranger with the followed tag', language: 'EN', tags: ['feedtag'] });
    await viewer.ok(`mutation { followTag(slug: "feedtag") { slug } }`); // tags exist once used: follow after the first post
    // Not followed.
    p.mine = await postInspiration(viewer, { title: 'My own, with the followed tag', tags: ['feedtag'] });
    p.s1 = await postQuestion(stranger.client, { title: 'Stranger 1', language: 'SV', tags: ['other'] });
    p.s2 = await postInspiration(stranger.client, { title: 'Stranger 2', language: 'NB', tags: ['other'] });
    p.s3 = await postQuestion(stranger.client, { title: 'Stranger 3', language: 'PL', tags: ['other'] });
    p.deleted = await postQuestion(friend.client, { title: 'Deleted by its author', tags: ['feedtag'] });
    await friend.client.ok(DELETE_QUESTION, { id: p.deleted });
    await postAnswer(friend.client, p.s3); // answers never appear in the feed; s3 is answered now

    // Followed posts are older than the others, so "followed first" is not "newest first" by chance.
    const ages: Record<string, number> = { friendOld: 40, friend: 5, colleague: 6, tagged: 7, mine: 0.5, s1: 1, s2: 2, s3: 3, deleted: 0.1 };
    for (const [key, days] of Object.entries(ages)) await setCreated(app.dataSource, p[key], days);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('FOR_YOU: followed posts of the last 30 days first (newest first), then the rest newest first, with why', async () => {
    const page = (await viewer.ok(FEED, { first: 50 })).feed;
    expect(page.edges.map((e: any) => e.node.id)).toEqual([p.friend, p.colleague, p.tagged, p.mine, p.s1, p.s2, p.s3, p.friendOld]);
    const why = Object.fromEntries(page.edges.map((e: any) => [e.node.id, [e.followed, e.followedBecause]]));
    expect(why[p.friend]).toEqual([true, ['MEMBER']]);
    expect(why[p.colleague]).toEqual([true, ['LIBRARY']]);
    expect(why[p.tagged]).toEqual([true, ['TAG']]);
    // My own post is never "followed"; an old post by a followed member is labelled, but ranked with the rest.
    expect(why[p.mine]).toEqual([false, []]);
    expect(why[p.friendOld]).toEqual([true, ['MEMBER']]);
    expect(page.edges[1].node.__typename).toBe('Question');
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('pages every order without repeats or gaps, across the followed/rest boundary', async () => {
    for (const sort of ['FOR_YOU', 'NEWEST', 'USEFUL']) {
      const whole = await ids(viewer, { sort });
      expect(whole).toHaveLength(8);
      for (const size of [1, 2, 3]) expect(await allPages(viewer, { sort }, size)).toEqual(whole);
    }
  });

  it('NEWEST is newest first; USEFUL is most votes and reactions first; deleted posts never appear', async () => {
    expect(await ids(viewer, { sort: 'NEWEST' })).toEqual([p.mine, p.s1, p.s2, p.s3, p.friend, p.colleague, p.tagged, p.friendOld]);
    const voters = [await signedInMember(app), await signedInMember(app), await signedInMember(app)];
    for (const v of voters) await v.client.ok(REACT, { contentId: p.s2, kind: 'USEFUL' });
    await voters[0].client.ok(REACT, { contentId: p.s2, kind: 'THANKS' }); // s2: 4 reactions
    await voters[0].client.ok(VOTE, { id: p.colleague });
    await voters[1].client.ok(VOTE, { id: p.colleague }); // colleague: 2 votes
    await voters[2].client.ok(REACT, { contentId: p.colleague, kind: 'INSPIRING' }); // + 1 reaction = 3
    await voters[2].client.ok(REACT, { contentId: p.friendOld, kind: 'INSPIRING' }); // 1
    const useful = await ids(viewer, { sort: 'USEFUL' });
    expect(useful.slice(0, 3)).toEqual([p.s2, p.colleague, p.friendOld]);
    expect(useful).toHaveLength(8);
    const zeros = [p.friend, p.tagged, p.mine, p.s1, p.s3].sort().reverse(); // equal usefulness: by id, descending
    expect(useful.slice(3)).toEqual(zeros);
    for (const sort of ['FOR_YOU', 'NEWEST', 'USEFUL']) expect(await ids(viewer, { sort })).not.toContain(p.deleted);
  });

  it('filters by kind, tag, language, region and unanswered', async () => {
    expect(await ids(viewer, { kind: 'QUESTION' })).toEqual([p.colleague, p.tagged, p.s1, p.s3]);
    expect(await ids(viewer, { kind: 'INSPIRATION', sort: 'NEWEST' })).toEqual([p.mine, p.s2, p.friend, p.friendOld]);
    expect(await ids(viewer, { tag: 'feedtag' })).toEqual([p.tagged, p.mine]);
    expect(await ids(viewer, { tag: 'FeedTag' })).toEqual([p.tagged, p.mine]); // a tag name works as well as its slug
    expect(await ids(viewer, { language: 'SV' })).toEqual([p.colleague, p.s1]);
    expect(await ids(viewer, { region: 'skane' })).toEqual([p.colleague]);
    expect(await ids(viewer, { unanswered: true })).toEqual([p.colleague, p.tagged, p.s1]);
    expect(await ids(viewer, { unanswered: true, language: 'EN', tag: 'feedtag' })).toEqual([p.tagged]);
    expect(await ids(viewer, { region: 'skane', kind: 'INSPIRATION' })).toEqual([]);
    const bad = await viewer.gql(FEED, { first: 5, filter: { region: 'atlantis' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('refuses visitors, page sizes over 50, and cursors that are not its own', async () => {
    expect(errorCode(await app.client().gql(FEED, { first: 5 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await viewer.gql(FEED, { first: 51 }))).toBe('BAD_USER_INPUT');
    const newest = (await viewer.ok(FEED, { first: 1, filter: { sort: 'NEWEST' } })).feed.pageInfo.endCursor;
    expect(errorCode(await viewer.gql(FEED, { first: 1, after: newest, filter: { sort: 'USEFUL' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await viewer.gql(FEED, { first: 1, after: newest }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await viewer.gql(FEED, { first: 1, after: 'bm90IGEgY3Vyc29y' }))).toBe('BAD_USER_INPUT');
  });

  it('costs the same SQL statements for a page of 10 as for 50, with authors, libraries, tags, reactions and the viewer’s state', async () => {
    const author = await signedInMember(app);
    for (let i = 0; i < 50; i++) {
      if (i % 2) await postQuestion(author.client, { title: `Counted question ${i}`, tags: ['counted', `t${i % 5}`] });
      else await postInspiration(author.client, { title: `Counted inspiration ${i}`, tags: ['counted'] });
    }
    await viewer.ok(`mutation F($id: ID!) { followMember(id: $id) { id } }`, { id: author.member.id });
    const RICH = `query Feed($first: Int!) {
      feed(first: $first) {
        pageInfo { hasNextPage endCursor }
        edges { followed followedBecause node {
          id title language createdAt commentCount viewerBookmarked
          author { id name followedByMe followerCount library { id name followedByMe } } library { id name region }
          tags { slug name viewerFollows } reactionSummary { kind count viewerReacted }
          ... on Question { answerCount voteCount viewerVoted }
          ... on Inspiration { summary }
        } }
      }
    }`;
    let ten: any;
    let fifty: any;
    const small = await countQueries(app.dataSource, async () => (ten = await viewer.ok(RICH, { first: 10 })));
    const large = await countQueries(app.dataSource, async () => (fifty = await viewer.ok(RICH, { first: 50 })));
    expect(ten.feed.edges).toHaveLength(10);
    expect(fifty.feed.edges).toHaveLength(50);
    expect(fifty.feed.edges.every((e: any) => e.followed)).toBe(true);
    expect(large.count).toBe(small.count);
    // The page itself is one statement (the rest are the batched field loaders and the session).
    expect(large.queries.filter((q) => /FROM posts p/.test(q) && /UNION ALL/.test(q))).toHaveLength(1);
  });
});
