import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, makeMember, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';

const FOLLOW_MEMBER = `mutation F($id: ID!) { followMember(id: $id) { id followedByMe followerCount } }`;
const UNFOLLOW_MEMBER = `mutation F($id: ID!) { unfollowMember(id: $id) { id followedByMe followerCount } }`;
const FOLLOW_LIBRARY = `mutation F($id: ID!) { followLibrary(id: $id) { id followedByMe followerCount } }`;
const UNFOLLOW_LIBRARY = `mutation F($id: ID!) { unfollowLibrary(id: $id) { id followedByMe followerCount } }`;
const MY_MEMBERS = `query M($first: Int!, $after: String) {
  myFollowedMembers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name followedByMe } } }
}`;
const MY_LIBRARIES = `query L($first: Int!, $after: String) {
  myFollowedLibraries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name followedByMe followerCount } } }
}`;

describe('following members and libraries', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('follow a member once however often asked, show it to the follower only, and unfollow idempotently', async () => {
    const fan = await signedInMember(app);
    const other = await signedInMember(app);
    const star = await makeMember(app.dataSource);
    expect((await fan.client.ok(FOLLOW_MEMBER, { id: star.id })).followMember).toEqual({ id: star.id, followedByMe: true, followerCount: 1 });
    expect((await fan.client.ok(FOLLOW_MEMBER, { id: star.id })).followMember).toEqual({ id: star.id, followedByMe: true, followerCount: 1 });
    await other.client.ok(FOLLOW_MEMBER, { id: star.id });
    const seen = `query S($id: ID!) { member(id: $id) { followedByMe followerCount } }`;
    expect((await fan.client.ok(seen, { id: star.id })).member).toEqual({ followedByMe: true, followerCount: 2 });
    // Someone who does not follow sees the count, not a follow of their own.
    const bystander = await signedInMember(app);
    expect((await bystander.client.ok(seen, { id: star.id })).member).toEqual({ followedByMe: false, followerCount: 2 });

    expect((await fan.client.ok(UNFOLLOW_MEMBER, { id: star.id })).unfollowMember).toEqual({ id: star.id, followedByMe: false, followerCount: 1 });
    expect((await fan.client.ok(UNFOLLOW_MEMBER, { id: star.id })).unfollowMember).toEqual({ id: star.id, followedByMe: false, followerCount: 1 });
    const rows = await app.dataSource.query('SELECT count(*)::int AS n FROM member_follows WHERE followee_id = $1', [star.id]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses following yourself with a clear field error, unknown ids with NOT_FOUND, and visitors', async () => {
    const me = await signedInMember(app);
    const self = await me.client.gql(FOLLOW_MEMBER, { id: me.member.id });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(self)).toEqual(['id']);
    expect(self.errors?.[0].message).toMatch(/cannot follow yourself/);
    for (const id of [randomUUID(), 'not-an-id']) {
      expect(errorCode(await me.client.gql(FOLLOW_MEMBER, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await me.client.gql(UNFOLLOW_MEMBER, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await me.client.gql(FOLLOW_LIBRARY, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await me.client.gql(UNFOLLOW_LIBRARY, { id }))).toBe('NOT_FOUND');
    }
    const library = await makeLibrary(app.dataSource);
    expect(errorCode(await app.client().gql(FOLLOW_LIBRARY, { id: library.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.client().gql(FOLLOW_MEMBER, { id: me.member.id }))).toBe('UNAUTHENTICATED');
    // The database refuses a self-follow too, whatever code writes it.
    await expect(
      app.dataSource.query('INSERT INTO member_follows (follower_id, followee_id) VALUES ($1, $1)', [me.member.id]),
    ).rejects.toThrow(/CHK_member_follows_not_self/);
  });

  it('follow libraries idempotently; visitors see counts and followedByMe false', async () => {
    const fan = await signedInMember(app);
    const library = await makeLibrary(app.dataSource, { name: 'Aaa followed library' });
    expect((await fan.client.ok(FOLLOW_LIBRARY, { id: library.id })).followLibrary).toEqual({ id: library.id, followedByMe: true, followerCount: 1 });
    expect((await fan.client.ok(FOLLOW_LIBRARY, { id: library.id })).followLibrary).toEqual({ id: library.id, followedByMe: true, followerCount: 1 });
    // The library list is public: visitors see the count, and never a follow of their own.
    const list = await app.client().ok(`{ libraries(first: 50, filter: { search: "Aaa followed" }) { edges { node { id followedByMe followerCount } } } }`);
    expect(list.libraries.edges).toEqual([{ node: { id: library.id, followedByMe: false, followerCount: 1 } }]);
    expect((await fan.client.ok(UNFOLLOW_LIBRARY, { id: library.id })).unfollowLibrary).toEqual({ id: library.id, followedByMe: false, followerCount: 0 });
    expect((await fan.client.ok(UNFOLLOW_LIBRARY, { id: library.id })).unfollowLibrary.followerCount).toBe(0);
  });

  it('list what I follow by name, paged without repeats, and drop rows when a member or library is removed', async () => {
    const fan = await signedInMember(app);
    const names = ['Cecilia', 'adam', 'Bertil', 'david', 'Eva'];
    const followed = [];
    for (const name of names) {
      const m = await makeMember(app.dataSource, { name: `${name} Follow` });
      await fan.client.ok(FOLLOW_MEMBER, { id: m.id });
      followed.push(m);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await fan.client.ok(MY_MEMBERS, { first: 2, after })).myFollowedMembers;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: any) => e.node.name));
      expect(page.edges.every((e: any) => e.node.followedByMe)).toBe(true);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['adam Follow', 'Bertil Follow', 'Cecilia Follow', 'david Follow', 'Eva Follow']);

    const libs = [await makeLibrary(app.dataSource, { name: 'Zeta bibliotek' }), await makeLibrary(app.dataSource, { name: 'alfa bibliotek' })];
    for (const l of libs) await fan.client.ok(FOLLOW_LIBRARY, { id: l.id });
    const mine = (await fan.client.ok(MY_LIBRARIES, { first: 10 })).myFollowedLibraries;
    expect(mine.totalCount).toBe(2);
    expect(mine.edges.map((e: any) => e.node.name)).toEqual(['alfa bibliotek', 'Zeta bibliotek']);

    // ON DELETE CASCADE: removing the member or library removes the follow.
    await app.dataSource.query('DELETE FROM members WHERE id = $1', [followed[0].id]);
    await app.dataSource.query('DELETE FROM libraries WHERE id = $1', [libs[0].id]);
    expect((await fan.client.ok(MY_MEMBERS, { first: 10 })).myFollowedMembers.totalCount).toBe(4);
    expect((await fan.client.ok(MY_LIBRARIES, { first: 10 })).myFollowedLibraries.totalCount).toBe(1);
    expect(errorCode(await fan.client.gql(MY_MEMBERS, { first: 2, after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('resolves followedByMe and followerCount in the same number of statements for 10 and 50 members', async () => {
    const viewer = await signedInMember(app);
    const library = await makeLibrary(app.dataSource);
    for (let i = 0; i < 50; i++) {
      const m = await makeMember(app.dataSource, { libraryId: library.id, name: `Counted ${String(i).padStart(2, '0')}` });
      if (i % 3 === 0) await viewer.client.ok(FOLLOW_MEMBER, { id: m.id });
    }
    const LIST = `query D($first: Int!, $libraryId: ID!) {
      members(first: $first, filter: { libraryId: $libraryId }) { edges { node { id followedByMe followerCount library { id followedByMe followerCount } } } }
    }`;
    let ten: any;
    let fifty: any;
    const small = await countQueries(app.dataSource, async () => (ten = await viewer.client.ok(LIST, { first: 10, libraryId: library.id })));
    const large = await countQueries(app.dataSource, async () => (fifty = await viewer.client.ok(LIST, { first: 50, libraryId: library.id })));
    expect(ten.members.edges).toHaveLength(10);
    expect(fifty.members.edges).toHaveLength(50);
    expect(fifty.members.edges.filter((e: any) => e.node.followedByMe)).toHaveLength(17);
    expect(large.count).toBe(small.count);
  });
});
