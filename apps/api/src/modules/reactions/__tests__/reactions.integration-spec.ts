import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { postAnswer, postInspiration, postQuestion, REACT, UNREACT } from '../../../../test/support/knowledge.js';

const WHO = `query W($id: ID!, $kind: ReactionKind, $first: Int!, $after: String) {
  inspiration(id: $id) {
    reactionSummary { kind count viewerReacted }
    reactions(kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind member { name } } } }
  }
}`;

describe('reactions', () => {
  let app: TestApp;
  let author: GqlClient;
  let readers: GqlClient[];

  beforeAll(async () => {
    app = await createTestApp();
    author = (await signedInMember(app)).client;
    readers = [];
    for (let i = 0; i < 5; i++) readers.push((await signedInMember(app, { name: `Czytelniczka ${i}` })).client);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('count each kind once per member, show whether the viewer reacted, and can be taken back', async () => {
    const id = await postInspiration(author);
    const summary = async (client: GqlClient) =>
      Object.fromEntries((await client.ok(WHO, { id, first: 1 })).inspiration.reactionSummary.map((r: any) => [r.kind, [r.count, r.viewerReacted]]));

    await readers[0].ok(REACT, { contentId: id, kind: 'USEFUL' });
    await readers[0].ok(REACT, { contentId: id, kind: 'USEFUL' });
    await readers[0].ok(REACT, { contentId: id, kind: 'THANKS' });
    await readers[1].ok(REACT, { contentId: id, kind: 'USEFUL' });
    await Promise.all(Array.from({ length: 20 }, () => readers[2].gql(REACT, { contentId: id, kind: 'INSPIRING' })));

    expect(await summary(readers[0])).toEqual({ USEFUL: [2, true], INSPIRING: [1, false], THANKS: [1, true] });
    expect(await summary(author)).toEqual({ USEFUL: [2, false], INSPIRING: [1, false], THANKS: [1, false] });

    const taken = (await readers[0].ok(UNREACT, { contentId: id, kind: 'USEFUL' })).unreact.reactionSummary;
    expect(taken.find((r: any) => r.kind === 'USEFUL')).toEqual({ kind: 'USEFUL', count: 1, viewerReacted: false });
    await readers[0].ok(UNREACT, { contentId: id, kind: 'USEFUL' });
    expect(await summary(readers[0])).toEqual({ USEFUL: [1, false], INSPIRING: [1, false], THANKS: [1, true] });
  });

  it('list who reacted, newest first, by kind or all, paged', async () => {
    const id = await postInspiration(author);
    for (let i = 0; i < 5; i++) await readers[i].ok(REACT, { contentId: id, kind: i % 2 ? 'THANKS' : 'INSPIRING' });
    await readers[0].ok(REACT, { contentId: id, kind: 'THANKS' });

    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await author.ok(WHO, { id, first: 2, after })).inspiration.reactions;
      expect(page.totalCount).toBe(6);
      names.push(...page.edges.map((e: any) => `${e.node.member.name}:${e.node.kind}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toEqual([
      'Czytelniczka 0:THANKS', 'Czytelniczka 4:INSPIRING', 'Czytelniczka 3:THANKS',
      'Czytelniczka 2:INSPIRING', 'Czytelniczka 1:THANKS', 'Czytelniczka 0:INSPIRING',
    ]);
    const thanks = (await author.ok(WHO, { id, kind: 'THANKS', first: 10 })).inspiration.reactions;
    expect(thanks.totalCount).toBe(3);
    expect(thanks.edges.map((e: any) => e.node.member.name)).toEqual(['Czytelniczka 0', 'Czytelniczka 3', 'Czytelniczka 1']);
  });

  it('go to questions and answers too, not to deleted or unknown content, and only of known kinds', async () => {
    const questionId = await postQuestion(author);
    const answerId = await postAnswer(readers[1], questionId);
    expect((await readers[0].ok(REACT, { contentId: questionId, kind: 'USEFUL' })).react.id).toBe(questionId);
    expect((await readers[0].ok(REACT, { contentId: answerId, kind: 'THANKS' })).react.id).toBe(answerId);
    expect(errorCode(await readers[0].gql(REACT, { contentId: '00000000-0000-4000-8000-000000000000', kind: 'THANKS' }))).toBe('NOT_FOUND');
    expect(fieldErrors(await readers[0].gql(REACT, { contentId: 'x', kind: 'THANKS' }))).toEqual(['contentId']);
    expect(errorCode(await readers[0].gql(REACT, { contentId: answerId, kind: 'LOVE' }))).toBe('BAD_USER_INPUT');
  });

  it('keep posts.reaction_count equal to the rows under concurrent reactions and withdrawals', async () => {
    const id = await postInspiration(author);
    const kinds = ['USEFUL', 'INSPIRING', 'THANKS'];
    // Every reader reacts with every kind three times at once, and withdraws THANKS twice at once.
    await Promise.all(readers.flatMap((r) => kinds.flatMap((kind) => [1, 2, 3].map(() => r.gql(REACT, { contentId: id, kind })))));
    await Promise.all(readers.flatMap((r) => [1, 2].map(() => r.gql(UNREACT, { contentId: id, kind: 'THANKS' }))));
    const [row] = await app.dataSource.query(
      'SELECT reaction_count, (SELECT count(*)::int FROM reactions WHERE post_id = $1) AS reactions FROM posts WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ reaction_count: readers.length * 2, reactions: readers.length * 2 });
  });
});
