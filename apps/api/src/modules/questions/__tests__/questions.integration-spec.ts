import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MemberEntity } from '../../members/entities/member.entity.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import {
  ADD_COMMENT,
  CREATE_QUESTION,
  DELETE_ANSWER,
  DELETE_QUESTION,
  postAnswer,
  postQuestion,
  questionInput,
  REACT,
  UPDATE_QUESTION,
  VOTE,
} from '../../../../test/support/knowledge.js';

const LIST = `query L($first: Int!, $after: String, $filter: QuestionFilter) {
  questions(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title answerCount voteCount viewerVoted viewerBookmarked commentCount author { name } library { name } tags { slug } reactionSummary { kind count } } }
  }
}`;

/** The question page as the web shows it: the question, its comments, and a page of answers with theirs. */
const PAGE = `query Page($id: ID!, $first: Int!) {
  question(id: $id) {
    id title body language voteCount viewerVoted viewerCanVote answerCount edited viewerCanEdit viewerCanDelete viewerBookmarked
    author { name library { name } } library { name } tags { slug name }
    reactionSummary { kind count viewerReacted }
    comments(first: 5) { totalCount edges { node { body author { name } viewerCanDelete } } }
    acceptedAnswer { id }
    answers(first: $first, sort: VOTES) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node {
        id body byExpert accepted voteCount viewerVoted viewerCanVote viewerCanAccept edited
        author { name } library { name }
        comments(first: 3) { totalCount edges { node { body author { name } } } }
        reactionSummary { kind count viewerReacted }
      } }
    }
  }
}`;

describe('questions', () => {
  let app: TestApp;
  let asker: { member: MemberEntity; client: GqlClient };
  let viewer: GqlClient;
  let answerers: GqlClient[];

  beforeAll(async () => {
    app = await createTestApp();
    const library = await makeLibrary(app.dataSource, { name: 'Halmstads stadsbibliotek', country: 'SE', region: 'halland', city: 'Halmstad' });
    asker = await signedInMember(app, { libraryId: library.id, name: 'Sara Holm', languages: ['sv'] });
    viewer = (await signedInMember(app, { libraryId: library.id })).client;
    answerers = [];
    for (let i = 0; i < 5; i++) answerers.push((await signedInMember(app, { libraryId: library.id, roles: i === 0 ? ['member', 'expert'] : ['member'] })).client);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are asked, edited by the asker only, and validated', async () => {
    const created = (await asker.client.ok(CREATE_QUESTION, { input: questionInput() })).createQuestion;
    expect(created).toMatchObject({ language: 'SV', answerCount: 0, voteCount: 0, tags: [{ slug: 'demokrati' }] });
    expect((await asker.client.ok(UPDATE_QUESTION, { id: created.id, input: questionInput({ title: 'Hur ordnar man en valdebatt?' }) })).updateQuestion)
      .toMatchObject({ title: 'Hur ordnar man en valdebatt?', edited: true });
    expect(errorCode(await viewer.gql(UPDATE_QUESTION, { id: created.id, input: questionInput() }))).toBe('FORBIDDEN');
    expect(fieldErrors(await asker.client.gql(CREATE_QUESTION, { input: questionInput({ title: 'Hm?', body: '<p></p>' }) }))).toEqual(['body', 'title']);
    expect(fieldErrors(await asker.client.gql(CREATE_QUESTION, { input: questionInput({ body: `<p>${'å'.repeat(20_001)}</p>` }) }))).toEqual(['body']);
  });

  it('without answers are easy to find, and leave that list when answered', async () => {
    const tag = `obesvarad-${Date.now()}`;
    const open = await postQuestion(asker.client, { title: 'Vem har erfarenhet av AI-verkstäder?', tags: [tag] });
    const answered = await postQuestion(asker.client, { title: 'Hur marknadsför ni bokcirklar?', tags: [tag] });
    const answerId = await postAnswer(answerers[1], answered);

    const unanswered = (await viewer.ok(LIST, { first: 50, filter: { tag, unanswered: true } })).questions;
    expect(unanswered.edges.map((e: any) => e.node.id)).toEqual([open]);
    expect((await viewer.ok(LIST, { first: 50, filter: { tag } })).questions.totalCount).toBe(2);

    // Deleting the only answer makes the question unanswered again.
    await answerers[1].ok(DELETE_ANSWER, { id: answerId });
    expect((await viewer.ok(LIST, { first: 50, filter: { tag, unanswered: true } })).questions.totalCount).toBe(2);
  });

  it('deleted by the asker or a moderator disappear from lists and pages', async () => {
    const tag = `usunięte-${Date.now()}`;
    const id = await postQuestion(asker.client, { tags: [tag] });
    const answerId = await postAnswer(answerers[0], id);
    expect(errorCode(await viewer.gql(DELETE_QUESTION, { id }))).toBe('FORBIDDEN');
    const admin = (await signedInMember(app, { roles: ['member', 'admin'] })).client;
    expect((await admin.ok(DELETE_QUESTION, { id })).deleteQuestion).toBe(id);
    expect(errorCode(await viewer.gql(PAGE, { id, first: 5 }))).toBe('NOT_FOUND');
    expect((await viewer.ok(LIST, { first: 50, filter: { tag } })).questions.totalCount).toBe(0);
    // Its answers cannot be reached through the back door either.
    expect(errorCode(await viewer.gql(VOTE, { id: answerId }))).toBe('NOT_FOUND');
    expect(errorCode(await viewer.gql(ADD_COMMENT, { input: { contentId: answerId, body: 'Hallå?' } }))).toBe('NOT_FOUND');
    expect(errorCode(await answerers[1].gql(`mutation { createAnswer(input: { questionId: "${id}", body: "<p>Sent svar</p>" }) { id } }`))).toBe('NOT_FOUND');
  });

  it('list costs the same number of SQL statements for 10 questions as for 50', async () => {
    const tag = `lista-${Date.now()}`;
    for (let i = 0; i < 50; i++) await postQuestion(answerers[i % 5], { title: `Fråga nummer ${i}`, tags: [tag, `extra-${i % 3}`] });
    const ten = await countQueries(app.dataSource, () => viewer.ok(LIST, { first: 10, filter: { tag } }));
    const fifty = await countQueries(app.dataSource, async () => {
      const page = (await viewer.ok(LIST, { first: 50, filter: { tag } })).questions;
      expect(page.edges).toHaveLength(50);
      expect(page.edges[0].node.tags).toHaveLength(2);
    });
    expect(fifty.count).toBe(ten.count);
  });

  it('page (question + answers with authors, libraries, comments, reactions, votes) costs the same for 10 answers as for 50', async () => {
    async function questionWith(answers: number): Promise<string> {
      const id = await postQuestion(asker.client, { title: `Fråga med ${answers} svar` });
      await viewer.ok(ADD_COMMENT, { input: { contentId: id, body: 'Bra fråga!' } });
      await viewer.ok(REACT, { contentId: id, kind: 'USEFUL' });
      for (let i = 0; i < answers; i += 5) {
        const ids = await Promise.all(answerers.map((client, j) => postAnswer(client, id, `<p>Svar ${i + j}</p>`)));
        await Promise.all(
          ids.flatMap((answerId, j) => [
            viewer.ok(ADD_COMMENT, { input: { contentId: answerId, body: `Tack för svar ${i + j}` } }),
            answerers[(j + 1) % 5].ok(ADD_COMMENT, { input: { contentId: answerId, body: 'Instämmer' } }),
            viewer.ok(REACT, { contentId: answerId, kind: j % 2 ? 'THANKS' : 'INSPIRING' }),
            ...(j % 2 ? [viewer.ok(VOTE, { id: answerId })] : []),
          ]),
        );
      }
      return id;
    }
    const small = await questionWith(10);
    const large = await questionWith(50);

    const ten = await countQueries(app.dataSource, async () => {
      const page = (await viewer.ok(PAGE, { id: small, first: 50 })).question;
      expect(page.answers.edges).toHaveLength(10);
    });
    const fifty = await countQueries(app.dataSource, async () => {
      const page = (await viewer.ok(PAGE, { id: large, first: 50 })).question;
      expect(page.answers.totalCount).toBe(50);
      expect(page.answers.edges).toHaveLength(50);
      const first = page.answers.edges[0].node;
      expect(first).toMatchObject({ voteCount: 1, viewerVoted: true, viewerCanVote: true, viewerCanAccept: false });
      expect(first.comments.totalCount).toBe(2);
      expect(first.comments.edges.map((e: any) => e.node.body)).toHaveLength(2);
      expect(first.reactionSummary.find((r: any) => r.kind === 'THANKS')).toEqual({ kind: 'THANKS', count: 1, viewerReacted: true });
      expect(page.comments.totalCount).toBe(1);
      expect(page.reactionSummary.find((r: any) => r.kind === 'USEFUL')).toEqual({ kind: 'USEFUL', count: 1, viewerReacted: true });
      expect(page.answers.edges.filter((e: any) => e.node.byExpert)).toHaveLength(10);
    });
    expect(fifty.count).toBe(ten.count);
    expect(ten.count).toBeLessThanOrEqual(20);
  });
});
