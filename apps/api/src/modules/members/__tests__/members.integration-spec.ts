import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LibraryEntity } from '../../libraries/entities/library.entity.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, makeMember, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';

const DIRECTORY = `query Directory($first: Int!, $after: String, $filter: MemberFilter) {
  members(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name roles interests position email library { name region staff { name } memberCount } } }
  }
}`;

describe('member directory, profiles and roles', () => {
  let app: TestApp;
  let krakow: LibraryEntity;
  let malmo: LibraryEntity;
  let oslo: LibraryEntity;
  let viewer: GqlClient;
  let admin: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    krakow = await makeLibrary(app.dataSource, { name: 'Biblioteka Kraków', region: 'malopolskie', country: 'PL' });
    malmo = await makeLibrary(app.dataSource, { name: 'Malmö stadsbibliotek', region: 'skane', country: 'SE', city: 'Malmö' });
    oslo = await makeLibrary(app.dataSource, { name: 'Deichman', region: 'oslo', country: 'NO', city: 'Oslo' });
    const libraries = [krakow, malmo, oslo];
    for (let i = 0; i < 60; i++) {
      await makeMember(app.dataSource, {
        name: `Directory Person ${String(i).padStart(2, '0')}`,
        libraryId: libraries[i % 3].id,
        roles: i % 10 === 0 ? ['member', 'expert'] : ['member'],
        interests: i % 2 === 0 ? ['promotion'] : ['seniors'],
        position: i % 4 === 0 ? 'Librarian' : null,
      });
    }
    viewer = (await signedInMember(app, { libraryId: krakow.id, name: 'Zz Viewer' })).client;
    admin = (await signedInMember(app, { libraryId: krakow.id, roles: ['member', 'admin'], name: 'Zz Admin' })).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('pages through the whole directory by cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await viewer.ok(DIRECTORY, { first: 25, after })).members;
      expect(page.totalCount).toBe(62);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(62);
    expect(new Set(seen).size).toBe(62);
  });

  it('filters by region, library, role and interest, and searches by name', async () => {
    const bySkane = (await viewer.ok(DIRECTORY, { first: 50, filter: { region: 'skane' } })).members;
    expect(bySkane.totalCount).toBe(20);
    expect(bySkane.edges.every((e: any) => e.node.library.region === 'skane')).toBe(true);

    const experts = (await viewer.ok(DIRECTORY, { first: 50, filter: { role: 'EXPERT' } })).members;
    expect(experts.totalCount).toBe(6);

    const combined = (await viewer.ok(DIRECTORY, { first: 50, filter: { libraryId: oslo.id, interest: 'promotion' } })).members;
    expect(combined.totalCount).toBe(10);

    const search = (await viewer.ok(DIRECTORY, { first: 50, filter: { search: 'person 0' } })).members;
    expect(search.totalCount).toBe(10);

    const sqlWildcards = (await viewer.ok(DIRECTORY, { first: 50, filter: { search: '%_' } })).members;
    expect(sqlWildcards.totalCount).toBe(0);
  });

  it('costs the same number of SQL statements for 10 members as for 50 (no N+1)', async () => {
    const ten = await countQueries(app.dataSource, () => viewer.ok(DIRECTORY, { first: 10 }));
    const fifty = await countQueries(app.dataSource, () => viewer.ok(DIRECTORY, { first: 50 }));
    expect(fifty.count).toBe(ten.count);
    expect(ten.count).toBeLessThanOrEqual(6);
  });

  it('refuses page sizes over the cap and broken cursors with field errors', async () => {
    expect(fieldErrors(await viewer.gql(DIRECTORY, { first: 500 }))).toEqual(['first']);
    const broken = await viewer.gql(DIRECTORY, { first: 5, after: 'not-a-cursor' });
    expect(errorCode(broken)).toBe('BAD_USER_INPUT');
    // The filter is validated too (an unknown region, an over-long search).
    expect(errorCode(await viewer.gql(DIRECTORY, { first: 5, filter: { region: 'atlantis' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await viewer.gql(DIRECTORY, { first: 5, filter: { search: 'x'.repeat(10_000) } }))).toBe('BAD_USER_INPUT');
  });

  it('shows a member their own sign-in address but never anyone else\'s', async () => {
    const page = (await viewer.ok(DIRECTORY, { first: 50, filter: { search: 'Zz' } })).members;
    const byName = Object.fromEntries(page.edges.map((e: any) => [e.node.name, e.node.email]));
    expect(byName['Zz Viewer']).toMatch(/@example\.org$/);
    expect(byName['Zz Admin']).toBeNull();
  });

  it('lets a member edit their own profile and validates it', async () => {
    const input = {
      name: 'Zz Viewer Renamed', libraryId: malmo.id, languages: ['SV', 'EN'], interests: ['seniors'], locale: 'SV',
      position: 'Bibliotekarie', bio: 'Hej!', publicEmail: 'kontakt@example.se', phone: '+46 40 123',
    };
    const saved = (await viewer.ok(`mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { name position locale library { slug } } }`, { input })).updateProfile;
    expect(saved).toMatchObject({ name: 'Zz Viewer Renamed', position: 'Bibliotekarie', locale: 'SV', library: { slug: malmo.slug } });

    const bad = await viewer.gql(`mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { name } }`, {
      input: { ...input, publicEmail: 'nope', bio: 'x'.repeat(3000) },
    });
    expect(fieldErrors(bad)).toEqual(['bio', 'publicEmail']);
  });

  it('lets only admins grant and revoke roles', async () => {
    const target = await makeMember(app.dataSource, { libraryId: krakow.id });
    const GRANT = `mutation G($memberId: ID!, $role: GrantableRole!) { grantRole(memberId: $memberId, role: $role) { roles } }`;
    const REVOKE = `mutation R($memberId: ID!, $role: GrantableRole!) { revokeRole(memberId: $memberId, role: $role) { roles } }`;
    expect(errorCode(await viewer.gql(GRANT, { memberId: target.id, role: 'EXPERT' }))).toBe('FORBIDDEN');
    expect((await admin.ok(GRANT, { memberId: target.id, role: 'EXPERT' })).grantRole.roles).toEqual(['MEMBER', 'EXPERT']);
    expect((await admin.ok(GRANT, { memberId: target.id, role: 'EXPERT' })).grantRole.roles).toEqual(['MEMBER', 'EXPERT']);
    expect((await admin.ok(REVOKE, { memberId: target.id, role: 'EXPERT' })).revokeRole.roles).toEqual(['MEMBER']);
  });

  it('answers NOT_FOUND for a member id that is not a UUID or does not exist', async () => {
    expect(errorCode(await viewer.gql(`{ member(id: "not-a-uuid") { name } }`))).toBe('NOT_FOUND');
    expect(errorCode(await viewer.gql(`{ member(id: "00000000-0000-4000-8000-000000000000") { name } }`))).toBe('NOT_FOUND');
  });

  it('does not let an admin remove their own admin role', async () => {
    const me = (await admin.ok('{ me { id } }')).me;
    const result = await admin.gql(`mutation { revokeRole(memberId: "${me.id}", role: ADMIN) { roles } }`);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
