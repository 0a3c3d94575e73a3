import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, makeMember, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';

const LIST = `query L($first: Int!, $filter: LibraryFilter) {
  libraries(first: $first, filter: $filter) {
    totalCount
    edges { node { id name region memberCount viewerCanManage staff { name position publicEmail } } }
  }
}`;
const UPDATE = `mutation U($id: ID!, $input: LibraryInput!) { updateLibrary(id: $id, input: $input) { name description } }`;
const CREATE = `mutation C($input: LibraryInput!) { createLibrary(input: $input) { slug name } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Biblioteka Nowa', slug: 'biblioteka-nowa', city: 'Tarnów', country: 'PL', region: 'malopolskie', description: 'Nowa filia', ...overrides,
});

describe('libraries', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    for (let i = 0; i < 55; i++) {
      const library = await makeLibrary(app.dataSource, { name: `Library ${String(i).padStart(2, '0')}`, region: i % 2 ? 'skane' : 'malopolskie', country: i % 2 ? 'SE' : 'PL' });
      await makeMember(app.dataSource, { libraryId: library.id, position: 'Director' });
      await makeMember(app.dataSource, { libraryId: library.id });
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are listed publicly, with staff and member counts, in a constant number of statements', async () => {
    const visitor = app.client();
    const ten = await countQueries(app.dataSource, () => visitor.ok(LIST, { first: 10 }));
    const fifty = await countQueries(app.dataSource, async () => {
      const page = (await visitor.ok(LIST, { first: 50 })).libraries;
      expect(page.totalCount).toBe(55);
      expect(page.edges).toHaveLength(50);
      expect(page.edges[0].node).toMatchObject({ memberCount: 2, staff: [{ position: 'Director' }], viewerCanManage: false });
    });
    expect(fifty.count).toBe(ten.count);
  });

  it('filter by country and search by name or city', async () => {
    const visitor = app.client();
    expect((await visitor.ok(LIST, { first: 50, filter: { country: 'SE' } })).libraries.totalCount).toBe(27);
    expect((await visitor.ok(LIST, { first: 50, filter: { search: 'library 1' } })).libraries.totalCount).toBe(10);
  });

  it('can be managed by the coordinators of their region and by admins, by nobody else', async () => {
    const home = await makeLibrary(app.dataSource, { region: 'malopolskie' });
    const target = await makeLibrary(app.dataSource, { region: 'malopolskie' });
    const elsewhere = await makeLibrary(app.dataSource, { region: 'skane', country: 'SE' });
    const coordinator = (await signedInMember(app, { libraryId: home.id, roles: ['member', 'coordinator'] })).client;
    const member = (await signedInMember(app, { libraryId: home.id })).client;
    const admin = (await signedInMember(app, { libraryId: elsewhere.id, roles: ['member', 'admin'] })).client;

    const ok = await coordinator.ok(UPDATE, { id: target.id, input: input({ slug: target.slug, name: 'Renamed by coordinator' }) });
    expect(ok.updateLibrary.name).toBe('Renamed by coordinator');
    expect(errorCode(await coordinator.gql(UPDATE, { id: elsewhere.id, input: input({ slug: elsewhere.slug, country: 'SE', region: 'skane' }) }))).toBe('FORBIDDEN');
    expect(errorCode(await member.gql(UPDATE, { id: target.id, input: input({ slug: target.slug }) }))).toBe('FORBIDDEN');
    expect((await admin.ok(UPDATE, { id: elsewhere.id, input: input({ slug: elsewhere.slug, country: 'SE', region: 'skane', name: 'By admin' }) })).updateLibrary.name).toBe('By admin');

    // A coordinator may not create a library outside the region either.
    expect(errorCode(await coordinator.gql(CREATE, { input: input({ slug: 'in-skane', country: 'SE', region: 'skane' }) }))).toBe('FORBIDDEN');
    expect((await coordinator.ok(CREATE, { input: input() })).createLibrary.slug).toBe('biblioteka-nowa');
    const duplicate = await coordinator.gql(CREATE, { input: input() });
    expect(errorCode(duplicate)).toBe('CONFLICT');
  });

  it('reject a region of another country and malformed fields', async () => {
    const admin = (await signedInMember(app, { roles: ['member', 'admin'] })).client;
    const wrongRegion = await admin.gql(CREATE, { input: input({ slug: 'x-1', country: 'NO', region: 'malopolskie' }) });
    expect(fieldErrors(wrongRegion)).toEqual(['region']);
    const malformed = await admin.gql(CREATE, { input: input({ slug: 'Not A Slug', website: 'javascript:alert(1)', email: 'nope' }) });
    expect(fieldErrors(malformed)).toEqual(['email', 'slug', 'website']);
  });

  it('have a page with staff contacts and paged members', async () => {
    const library = await makeLibrary(app.dataSource, { slug: 'page-test' });
    await makeMember(app.dataSource, { libraryId: library.id, name: 'Anna Staff', position: 'Director', publicEmail: 'anna@example.pl' });
    await makeMember(app.dataSource, { libraryId: library.id, name: 'Bo Reader' });
    const viewer = (await signedInMember(app)).client;
    const page = (await viewer.ok(`{ library(slug: "page-test") { name staff { name publicEmail } members(first: 1) { totalCount edges { node { name } } pageInfo { hasNextPage } } } }`)).library;
    expect(page.staff).toEqual([{ name: 'Anna Staff', publicEmail: 'anna@example.pl' }]);
    expect(page.members).toMatchObject({ totalCount: 2, edges: [{ node: { name: 'Anna Staff' } }], pageInfo: { hasNextPage: true } });
    expect(errorCode(await viewer.gql(`{ library(slug: "no-such-library") { name } }`))).toBe('NOT_FOUND');
  });
});
