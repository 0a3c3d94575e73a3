import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeMember, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import { DELETE_INSPIRATION, DELETE_QUESTION, postAnswer, postInspiration, postQuestion } from '../../../../test/support/knowledge.js';

const SEARCH = `query S($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $query, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { kind id title snippet rank language questionId slug } }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  rank: number;
  language: string | null;
  questionId: string | null;
  slug: string | null;
}

describe('search', () => {
  let app: TestApp;
  let member: GqlClient;

  async function search(query: string, variables: Record<string, unknown> = {}) {
    const result = (await member.ok(SEARCH, { query, first: 50, ...variables })).search;
    return { ...result, hits: result.edges.map((e: { node: Hit }) => e.node) as Hit[] };
  }
  const ids = async (query: string, variables: Record<string, unknown> = {}) => (await search(query, variables)).hits.map((h: Hit) => h.id);

  beforeAll(async () => {
    app = await createTestApp();
    member = (await signedInMember(app)).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('finds inflected forms with the language stemmer and prefixes (Swedish, Norwegian, English)', async () => {
    const sv1 = await postQuestion(member, { language: 'SV', title: 'Hur arbetar biblioteken med unga?', body: '<p>Vi undrar.</p>', tags: [] });
    const sv2 = await postInspiration(member, { language: 'SV', title: 'Sagostund', summary: 'Ett nytt grepp.', body: '<p>Bibliotekets sagostund för de minsta.</p>', tags: [] });
    const nb1 = await postQuestion(member, { language: 'NB', title: 'Hvordan jobber bibliotekene med leselyst?', body: '<p>Vi lurer.</p>', tags: [] });
    const nb2 = await postInspiration(member, { language: 'NB', title: 'Lesekveld', summary: 'Hos oss.', body: '<p>Lesekveld på biblioteket hver fredag.</p>', tags: [] });
    const en1 = await postQuestion(member, { language: 'EN', title: 'Opening hours of a rural library', body: '<p>How do you staff it?</p>', tags: [] });

    expect(await ids('bibliotek', { filter: { language: 'SV' } })).toEqual(expect.arrayContaining([sv1, sv2]));
    expect(await ids('bibliotek', { filter: { language: 'NB' } })).toEqual(expect.arrayContaining([nb1, nb2]));
    expect(await ids('libraries')).toContain(en1);
    const hit = (await search('libraries')).hits.find((h: Hit) => h.id === en1)!;
    expect(hit).toMatchObject({ kind: 'QUESTION', title: 'Opening hours of a rural library', language: 'EN' });
    expect(hit.rank).toBeGreaterThan(0);
    // A Swedish reader typing the English word as written finds the English post too.
    expect(await ids('library')).toContain(en1);
  });

  it('finds Polish with and without diacritics and highlights the original words', async () => {
    const pl = await postInspiration(member, {
      language: 'PL',
      title: 'Współpraca z gminą i szkołą',
      summary: 'Jak zaczęliśmy.',
      body: '<p>Nasza współpraca z <strong>Urzędem Gminy</strong> trwa od lat.</p>',
      tags: [],
    });
    expect(await ids('wspolpraca')).toContain(pl);
    expect(await ids('współpraca')).toContain(pl);
    expect(await ids('WSPÓŁPRACA gmina')).toContain(pl);
    const hit = (await search('wspolpraca')).hits.find((h: Hit) => h.id === pl)!;
    expect(hit.snippet).toContain('<mark>współpraca</mark>');
    expect(hit.snippet).not.toContain('<strong>');
  });

  it('finds typos through trigrams when full-text search finds little', async () => {
    const pl = await postQuestion(member, { language: 'PL', title: 'Biblioteka szkolna po remoncie', body: '<p>Co dalej?</p>', tags: [] });
    const person = await makeMember(app.dataSource, { name: 'Grażyna Przybylska' });
    expect(await ids('bibliotka')).toContain(pl);
    expect(await ids('szkolnna remont')).toContain(pl);
    const people = (await search('Przybylsky')).hits;
    expect(people.map((h: Hit) => h.id)).toContain(person.id);
    expect(people.find((h: Hit) => h.id === person.id)).toMatchObject({ kind: 'MEMBER', title: 'Grażyna Przybylska' });
    expect(await ids('grazyna przybylska')).toContain(person.id);
  });

  it('finds tags by name and escapes everything but the highlight marks', async () => {
    const id = await postInspiration(member, {
      language: 'EN',
      title: 'Escape room in the basement',
      summary: '',
      body: '<p>Tom &amp; Jerry say it\'s 2 &lt; 3 &gt; 1, escaperoom puzzles "quoted"</p>',
      tags: ['Escaperoom'],
    });
    const hits = (await search('escaperoom')).hits;
    expect(hits.find((h: Hit) => h.kind === 'TAG')).toMatchObject({ title: 'Escaperoom', slug: 'escaperoom' });
    const post = hits.find((h: Hit) => h.id === id)!;
    expect(post.snippet).toContain('Tom &amp; Jerry say it&#39;s 2 &lt; 3 &gt; 1');
    expect(post.snippet).toContain('&quot;quoted');
    expect(post.snippet).toContain('<mark>escaperoom</mark>');
    expect(post.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"]/);
  });

  it('answers every input with results or an empty state, never an error', async () => {
    await postQuestion(member, { language: 'EN', title: 'Quoted "special" characters & more', body: '<p>It\'s fine: 100% (really)!</p>', tags: [] });
    const hostile = [
      '"', '""', '"unclosed phrase', "'", "'&|!:*(", '&|!:*()<->', 'a & b | !c:*', '!!!', '-', '- -a', 'OR', 'or or',
      '\\', '\\\\\'', '(((', ')))', '<->', '<2>', ':*', "it's", 'special" & "characters', '\u0000abc\u0001',
      '🙂 📚', '\ud800', '%', '_', 'x'.repeat(10_000), 'słowo '.repeat(2_000), '"'.repeat(5_000),
    ];
    for (const query of hostile) {
      const result = await member.gql(SEARCH, { query, first: 5 });
      expect({ query: query.slice(0, 40), errors: result.errors }).toEqual({ query: query.slice(0, 40), errors: undefined });
      expect(result.data?.search.totalCount).toBeGreaterThanOrEqual(0);
    }
    for (const query of ['', ' ', '\n\t  ', '\u0000']) {
      expect((await search(query)).totalCount).toBe(0);
    }
    expect((await search('"special characters"')).totalCount).toBeGreaterThan(0);
    expect(errorCode(await app.client().gql(SEARCH, { query: 'bibliotek' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await member.gql(SEARCH, { query: 'x', first: 51 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await member.gql(SEARCH, { query: 'x', after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('filters by kind, language and tag', async () => {
    const question = await postQuestion(member, { language: 'EN', title: 'Zebrafish reading club', body: '<p>Zebrafish.</p>', tags: ['Aquarium'] });
    const answer = await postAnswer(member, question, '<p>Our zebrafish club meets on Mondays.</p>');
    const inspiration = await postInspiration(member, { language: 'SV', title: 'Zebrafish i biblioteket', summary: 'Zebrafish', body: '<p>Zebrafish.</p>', tags: [] });
    const person = await makeMember(app.dataSource, { name: 'Zebrafish Larsen', languages: ['nb'] });

    expect(new Set(await ids('zebrafish'))).toEqual(new Set([question, answer, inspiration, person.id]));
    expect(await ids('zebrafish', { filter: { kinds: ['QUESTION', 'ANSWER'] } })).toEqual(expect.arrayContaining([question, answer]));
    expect(await ids('zebrafish', { filter: { kinds: ['QUESTION', 'ANSWER'] } })).toHaveLength(2);
    expect(await ids('zebrafish', { filter: { kinds: ['MEMBER'] } })).toEqual([person.id]);
    expect(new Set(await ids('zebrafish', { filter: { language: 'EN' } }))).toEqual(new Set([question, answer]));
    expect(await ids('zebrafish', { filter: { language: 'NB' } })).toEqual([person.id]);
    expect(new Set(await ids('zebrafish', { filter: { tag: 'aquarium' } }))).toEqual(new Set([question, answer]));
    const answerHit = (await search('mondays')).hits.find((h: Hit) => h.id === answer)!;
    expect(answerHit).toMatchObject({ kind: 'ANSWER', questionId: question, title: 'Zebrafish reading club' });
  });

  it('pages through results without gaps or repeats', async () => {
    const posted = new Set<string>();
    for (let i = 0; i < 7; i++) {
      posted.add(await postQuestion(member, { language: 'PL', title: `Paginacja ${'paginacja '.repeat(i)}numer ${i}`, body: '<p>Treść.</p>', tags: [] }));
    }
    const seen: string[] = [];
    const ranks: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = (await member.ok(SEARCH, { query: 'paginacja', first: 3, after })).search;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e: any) => e.node.id));
      ranks.push(...page.edges.map((e: any) => e.node.rank));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(posted);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('never shows deleted content: posts, answers of deleted questions, tags only on deleted posts', async () => {
    const question = await postQuestion(member, { language: 'EN', title: 'Vanishing quokka question', body: '<p>Quokka.</p>', tags: ['Quokkatag'] });
    const answer = await postAnswer(member, question, '<p>Quokka answer.</p>');
    const inspiration = await postInspiration(member, { language: 'EN', title: 'Quokka inspiration', summary: '', body: '<p>Quokka.</p>', tags: [] });
    const posts = { filter: { kinds: ['INSPIRATION', 'QUESTION', 'ANSWER'] } };
    expect(new Set(await ids('quokka', posts))).toEqual(new Set([question, answer, inspiration]));
    expect(await ids('quokkatag', { filter: { kinds: ['TAG'] } })).toHaveLength(1);

    await member.ok(DELETE_QUESTION, { id: question });
    await member.ok(DELETE_INSPIRATION, { id: inspiration });
    expect(await ids('quokka')).toEqual([]);
    expect(await ids('quokkatag', { filter: { kinds: ['TAG'] } })).toEqual([]);
    expect(await ids('quokka inspiration')).toEqual([]);
    expect(await ids('quokk')).toEqual([]);
  });

  it('costs the same number of SQL statements for 10 results as for 50', async () => {
    for (let i = 0; i < 52; i++) {
      await postInspiration(member, { language: i % 2 ? 'SV' : 'NB', title: `Statementtest ${i}`, summary: '', body: '<p>Statementtest.</p>', tags: [] });
    }
    const ten = await countQueries(app.dataSource, async () => expect((await search('statementtest', { first: 10 })).hits).toHaveLength(10));
    const fifty = await countQueries(app.dataSource, async () => expect((await search('statementtest', { first: 50 })).hits).toHaveLength(50));
    expect(fifty.count).toBe(ten.count);
  });
});
