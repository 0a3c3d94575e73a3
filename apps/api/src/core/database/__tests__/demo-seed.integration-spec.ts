import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signIn } from '../../../../test/support/factories.js';
import { countersAndRows } from '../../../../test/support/knowledge.js';
import { DEMO_PASSWORD } from '../seeds/demo-data.js';
import { seedDemoData } from '../seeds/demo-seed.js';

describe('demo seed', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('fills a fresh database with members, inspirations, questions and answers whose counters match their rows', async () => {
    const started = Date.now();
    const result = await seedDemoData(app.dataSource);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result).toMatchObject({ libraries: 12, members: 20, months: 2 });
    expect(result.posts).toBeGreaterThan(10);

    const ids = (await app.dataSource.query('SELECT id FROM posts')).map((r: { id: string }) => r.id);
    for (const row of await countersAndRows(app.dataSource, ids)) {
      expect([row.vote_count, row.answer_count, row.comment_count]).toEqual([row.votes, row.answers, row.comments]);
    }

    const client = app.client();
    await signIn(client, 'bibliotekarka@liblab.demo', DEMO_PASSWORD);
    const data = await client.ok(`{
      inspirations(first: 50, filter: { language: SV }) { totalCount edges { node { title tags { slug } reactionSummary { count } } } }
      unanswered: questions(first: 50, filter: { unanswered: true }) { totalCount }
      getIt: questions(first: 1, filter: { tag: "get-it" }) { edges { node { title answerCount acceptedAnswer { byExpert author { name } } } } }
    }`);
    expect(data.inspirations.totalCount).toBe(2);
    expect(data.unanswered.totalCount).toBe(5); // 2 from the knowledge exchange, 2 in the open thematic month, 1 from the past convention
    const thread = await client.ok(`{ inspirations(first: 1, filter: { tag: "moc-promocji" }) { edges { node { comments(first: 5) { edges { node { author { name } } } } } } } }`);
    expect(thread.inspirations.edges[0].node.comments.edges.map((e: any) => e.node.author.name)).toEqual(['Anna Wójcik', 'Agnieszka Nowicka']);
    expect(data.getIt.edges[0].node).toMatchObject({ answerCount: 2, acceptedAnswer: { byExpert: true, author: { name: 'Piotr Lewandowski' } } });

    // Demo follows make the home feed's "what I follow first" visible: four followed posts, then the newest rest.
    const reactionCounts: { reaction_count: number; reactions: number }[] = await app.dataSource.query(
      'SELECT p.reaction_count, (SELECT count(*)::int FROM reactions r WHERE r.post_id = p.id) AS reactions FROM posts p',
    );
    for (const row of reactionCounts) expect(row.reaction_count).toBe(row.reactions);
    const feed = await client.ok(`{ feed(first: 6) { edges { followed followedBecause node { title } } } }`);
    expect(feed.feed.edges.map((e: any) => e.followed)).toEqual([true, true, true, true, false, false]);
    expect(feed.feed.edges[0].followedBecause).toEqual(['TAG']);
    // A current open month with experts and questions, and an archived one with its summary.
    const months = await client.ok(`{ months(first: 10) { edges { node {
      title status experts { name }
      stats { questionCount answeredCount unansweredCount medianMinutesToFirstExpertAnswer escalatedCount }
      summaryInspiration { title body }
    } } } }`);
    const [open, archived] = months.months.edges.map((e: any) => e.node);
    expect(open).toMatchObject({
      title: 'Nowe technologie w bibliotece',
      status: 'OPEN',
      stats: { questionCount: 5, answeredCount: 3, unansweredCount: 2, medianMinutesToFirstExpertAnswer: 300, escalatedCount: 1 },
      summaryInspiration: null,
    });
    expect(open.experts.map((e: { name: string }) => e.name)).toEqual(['Johan Bergström', 'Ola Haugen', 'Piotr Lewandowski']);
    expect(archived).toMatchObject({ status: 'ARCHIVED', stats: { questionCount: 2, answeredCount: 2 } });
    expect(archived.summaryInspiration.body).toContain('Pokazujcie <strong>ludzi</strong>');
  });
});
