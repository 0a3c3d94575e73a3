import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LibraryEntity } from '../../libraries/entities/library.entity.js';
import type { MemberEntity } from '../../members/entities/member.entity.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import {
  CREATE_INSPIRATION,
  DELETE_INSPIRATION,
  inspirationInput,
  postInspiration,
  UPDATE_INSPIRATION,
} from '../../../../test/support/knowledge.js';

const LIST = `query L($first: Int!, $after: String, $filter: InspirationFilter) {
  inspirations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title language tags { slug } } }
  }
}`;
const ONE = `query One($id: ID!) {
  inspiration(id: $id) {
    id title summary body language edited editedAt viewerCanEdit viewerCanDelete
    author { id name } library { id name } tags { slug name } links { title url }
  }
}`;

/** Common XSS payloads; none may survive in a stored body. */
const XSS = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">klik</a>',
  '<svg/onload=alert(1)>',
  '<style>*{display:none}</style>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p onmouseover="alert(1)">najedź</p>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
];

describe('inspirations', () => {
  let app: TestApp;
  let library: LibraryEntity;
  let author: { member: MemberEntity; client: GqlClient };
  let other: GqlClient;
  let coordinator: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    library = await makeLibrary(app.dataSource, { name: 'GBP Michałowice' });
    author = await signedInMember(app, { libraryId: library.id, name: 'Magdalena Kowalczyk' });
    other = (await signedInMember(app, { libraryId: library.id })).client;
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are shared with their author, library, tags and links, and read back by id', async () => {
    const created = (await author.client.ok(CREATE_INSPIRATION, { input: inspirationInput() })).createInspiration;
    expect(created).toMatchObject({
      title: 'Strefa Eksperymentu w małej bibliotece',
      language: 'PL',
      edited: false,
      author: { id: author.member.id },
      library: { id: library.id },
      links: [{ title: 'Regulamin konkursu', url: 'https://labib.pl/strefa' }],
      tags: [{ slug: 'dzieci', name: 'dzieci' }, { slug: 'nowe-technologie', name: 'Nowe technologie' }],
    });
    const read = (await other.ok(ONE, { id: created.id })).inspiration;
    expect(read).toMatchObject({ id: created.id, viewerCanEdit: false, viewerCanDelete: false, author: { name: 'Magdalena Kowalczyk' } });
    const own = (await author.client.ok(ONE, { id: created.id })).inspiration;
    expect(own).toMatchObject({ viewerCanEdit: true, viewerCanDelete: true });
  });

  it('strip scripts, event handlers and dangerous URLs from the body', async () => {
    for (const payload of XSS) {
      const body = `<p>Bezpiecznie</p>${payload}`;
      const saved = (await author.client.ok(CREATE_INSPIRATION, { input: inspirationInput({ body }) })).createInspiration;
      expect(saved.body).toMatch(/^<p>Bezpiecznie<\/p>/);
      expect(saved.body).not.toMatch(/<script|<img|<svg|<style|<iframe|\son\w+=|javascript:/i);
      // What is stored is what was returned: nothing unsanitised reaches the database.
      const [row] = await app.dataSource.query('SELECT body FROM posts WHERE id = $1', [saved.id]);
      expect(row.body).toBe(saved.body);
    }
    const link = (await author.client.ok(CREATE_INSPIRATION, {
      input: inspirationInput({ body: '<p><a href="https://labib.pl" target="_blank">LABiB</a></p>' }),
    })).createInspiration;
    expect(link.body).toBe('<p><a href="https://labib.pl" rel="noopener nofollow">LABiB</a></p>');
  });

  it('answer field errors for empty or oversized titles and bodies and bad links', async () => {
    const attempt = async (overrides: Record<string, unknown>) =>
      fieldErrors(await author.client.gql(CREATE_INSPIRATION, { input: inspirationInput(overrides) }));
    expect(await attempt({ title: '', body: '' })).toEqual(['body', 'title']);
    expect(await attempt({ title: '    ', body: '<p>  </p><p></p>' })).toEqual(['body', 'title']);
    expect(await attempt({ body: '<script>alert(1)</script>' })).toEqual(['body']);
    expect(await attempt({ title: 'x'.repeat(201) })).toEqual(['title']);
    expect(await attempt({ body: `<p>${'x'.repeat(20_001)}</p>` })).toEqual(['body']);
    expect(await attempt({ body: `<p>${'<b></b>'.repeat(9000)}</p>` })).toEqual(['body']);
    expect(await attempt({ summary: 's'.repeat(501) })).toEqual(['summary']);
    expect(await attempt({ links: [{ title: 'x', url: 'javascript:alert(1)' }] })).toEqual(['links.0.url']);
    expect(await attempt({ tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((t) => `${t}${t}`) })).toEqual(['tags']);
    expect(await attempt({ tags: ['!!'] })).toEqual(['tags']);
    const bad = await author.client.gql(CREATE_INSPIRATION, { input: inspirationInput({ title: '' }) });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ field: 'title', message: 'Give a title of 5 to 200 characters.' }]);
  });

  it('are edited by their author only, and then show as edited', async () => {
    const id = await postInspiration(author.client);
    const edited = (await author.client.ok(UPDATE_INSPIRATION, {
      id,
      input: inspirationInput({ title: 'Strefa Eksperymentu: rok później', tags: ['robotyka'] }),
    })).updateInspiration;
    expect(edited).toMatchObject({ title: 'Strefa Eksperymentu: rok później', edited: true, tags: [{ slug: 'robotyka' }] });
    expect(edited.editedAt).toBeTruthy();

    expect(errorCode(await other.gql(UPDATE_INSPIRATION, { id, input: inspirationInput() }))).toBe('FORBIDDEN');
    // Moderators delete but do not rewrite other people's words.
    expect(errorCode(await coordinator.gql(UPDATE_INSPIRATION, { id, input: inspirationInput() }))).toBe('FORBIDDEN');
    expect((await other.ok(ONE, { id })).inspiration.title).toBe('Strefa Eksperymentu: rok później');
  });

  it('are deleted by their author or a moderator, not by other members, and then are gone', async () => {
    const mine = await postInspiration(author.client, { title: 'Do usunięcia przez autorkę' });
    const moderated = await postInspiration(author.client, { title: 'Do usunięcia przez koordynatora' });

    expect(errorCode(await other.gql(DELETE_INSPIRATION, { id: mine }))).toBe('FORBIDDEN');
    expect((await author.client.ok(DELETE_INSPIRATION, { id: mine })).deleteInspiration).toBe(mine);
    expect((await coordinator.ok(DELETE_INSPIRATION, { id: moderated })).deleteInspiration).toBe(moderated);

    for (const id of [mine, moderated]) {
      expect(errorCode(await other.gql(ONE, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await author.client.gql(UPDATE_INSPIRATION, { id, input: inspirationInput() }))).toBe('NOT_FOUND');
      expect(errorCode(await author.client.gql(DELETE_INSPIRATION, { id }))).toBe('NOT_FOUND');
    }
    const listed = (await other.ok(LIST, { first: 50, filter: { authorId: author.member.id } })).inspirations;
    const ids = listed.edges.map((e: any) => e.node.id);
    expect(ids).not.toContain(mine);
    expect(ids).not.toContain(moderated);
    expect(listed.totalCount).toBe(ids.length);
    // Still in the table, for moderation.
    const [row] = await app.dataSource.query('SELECT deleted_at, deleted_by_id FROM posts WHERE id = $1', [moderated]);
    expect(row.deleted_at).not.toBeNull();
  });

  it('are listed newest first, filtered by tag, language and author, and paged without gaps', async () => {
    const writer = await signedInMember(app, { libraryId: library.id });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(
        await postInspiration(writer.client, {
          title: `Lokalne Spotkanie LABiB nr ${i}`,
          language: i % 2 ? 'SV' : 'PL',
          tags: i < 3 ? ['Lokalne Spotkania'] : ['promocja'],
        }),
      );
    }
    const byAuthor = { authorId: writer.member.id };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await other.ok(LIST, { first: 3, after, filter: byAuthor })).inspirations;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());

    expect((await other.ok(LIST, { first: 50, filter: { ...byAuthor, tag: 'lokalne-spotkania' } })).inspirations.totalCount).toBe(3);
    expect((await other.ok(LIST, { first: 50, filter: { ...byAuthor, tag: 'Lokalne Spotkania' } })).inspirations.totalCount).toBe(3);
    expect((await other.ok(LIST, { first: 50, filter: { ...byAuthor, language: 'SV' } })).inspirations.totalCount).toBe(3);
    expect((await other.ok(LIST, { first: 50, filter: { ...byAuthor, language: 'SV', tag: 'promocja' } })).inspirations.totalCount).toBe(2);
    expect(errorCode(await other.gql(LIST, { first: 5, after: Buffer.from('["x","y"]').toString('base64url') }))).toBe('BAD_USER_INPUT');
  });

  it('need a signed-in member, and an unknown id is NOT_FOUND', async () => {
    expect(errorCode(await app.client().gql(LIST, { first: 5 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await other.gql(ONE, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(errorCode(await other.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const question = (await other.ok(`mutation { createQuestion(input: { title: "Pytanie testowe", body: "<p>Treść</p>", language: PL }) { id } }`)).createQuestion;
    expect(errorCode(await other.gql(ONE, { id: question.id }))).toBe('NOT_FOUND');
  });
});
