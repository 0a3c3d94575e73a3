import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MemberEntity } from '../../members/entities/member.entity.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import {
  ACCEPT_ANSWER,
  CREATE_ANSWER,
  ADD_COMMENT,
  DELETE_ANSWER,
  DELETE_QUESTION,
  postAnswer,
  postQuestion,
  UNACCEPT_ANSWER,
  UPDATE_ANSWER,
  VOTE,
} from '../../../../test/support/knowledge.js';

const ANSWERS = `query A($id: ID!, $sort: AnswerSort!, $first: Int!, $after: String) {
  question(id: $id) {
    answerCount
    acceptedAnswer { id }
    answers(first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { id accepted voteCount viewerCanAccept } } }
  }
}`;

async function pagedIds(client: GqlClient, id: string, sort: string, first: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await client.ok(ANSWERS, { id, sort, first, after })).question.answers;
    ids.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe('answers', () => {
  let app: TestApp;
  let asker: GqlClient;
  let expert: { member: MemberEntity; client: GqlClient };
  let member: { member: MemberEntity; client: GqlClient };
  let bystander: GqlClient;
  let coordinator: GqlClient;
  let voters: GqlClient[];

  beforeAll(async () => {
    app = await createTestApp();
    const library = await makeLibrary(app.dataSource, { name: 'Deichman Bjørvika', country: 'NO', region: 'oslo', city: 'Oslo' });
    asker = (await signedInMember(app, { libraryId: library.id })).client;
    expert = await signedInMember(app, { libraryId: library.id, roles: ['member', 'expert'], name: 'Ola Haugen' });
    member = await signedInMember(app, { libraryId: library.id, name: 'Marte Lie' });
    bystander = (await signedInMember(app, { libraryId: library.id })).client;
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
    voters = [];
    for (let i = 0; i < 3; i++) voters.push((await signedInMember(app)).client);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are given by any member; those by experts are flagged as expert answers', async () => {
    const questionId = await postQuestion(asker, { language: 'NB', title: 'Hvordan starte et verksted for seniorer?' });
    const byExpert = (await expert.client.ok(CREATE_ANSWER, { input: { questionId, body: '<p>Start smått, med faste tider.</p>' } })).createAnswer;
    const byMember = (await member.client.ok(CREATE_ANSWER, { input: { questionId, body: '<p>Spør frivillige.</p><script>x()</script>' } })).createAnswer;
    expect(byExpert).toMatchObject({ byExpert: true, accepted: false, voteCount: 0, question: { id: questionId, answerCount: 1 } });
    expect(byMember).toMatchObject({ byExpert: false, body: '<p>Spør frivillige.</p>', question: { answerCount: 2 } });
    const [row] = await app.dataSource.query('SELECT language FROM posts WHERE id = $1', [byMember.id]);
    expect(row.language).toBe('nb');

    expect(fieldErrors(await member.client.gql(CREATE_ANSWER, { input: { questionId, body: '<p> </p>' } }))).toEqual(['body']);
    expect(fieldErrors(await member.client.gql(CREATE_ANSWER, { input: { questionId: 'nope', body: '<p>Hei</p>' } }))).toEqual(['questionId']);
    expect(errorCode(await member.client.gql(CREATE_ANSWER, { input: { questionId: byExpert.id, body: '<p>Svar på svar</p>' } }))).toBe('NOT_FOUND');
  });

  it('are edited by their author only and deleted by their author or a moderator', async () => {
    const questionId = await postQuestion(asker);
    const answerId = await postAnswer(member.client, questionId);
    expect((await member.client.ok(UPDATE_ANSWER, { id: answerId, input: { body: '<p>Bedre svar</p>' } })).updateAnswer).toMatchObject({ body: '<p>Bedre svar</p>', edited: true });
    expect(errorCode(await bystander.gql(UPDATE_ANSWER, { id: answerId, input: { body: '<p>Kapret</p>' } }))).toBe('FORBIDDEN');
    expect(errorCode(await bystander.gql(DELETE_ANSWER, { id: answerId }))).toBe('FORBIDDEN');
    expect(errorCode(await asker.gql(DELETE_ANSWER, { id: answerId }))).toBe('FORBIDDEN');
    expect((await coordinator.ok(DELETE_ANSWER, { id: answerId })).deleteAnswer).toBe(answerId);
    expect(errorCode(await member.client.gql(DELETE_ANSWER, { id: answerId }))).toBe('NOT_FOUND');
    const question = (await bystander.ok(ANSWERS, { id: questionId, sort: 'NEWEST', first: 10 })).question;
    expect(question).toMatchObject({ answerCount: 0, answers: { totalCount: 0, edges: [] } });
  });

  it('are accepted by the asker or a coordinator, one at a time, never by other members', async () => {
    const questionId = await postQuestion(asker);
    const first = await postAnswer(member.client, questionId);
    const second = await postAnswer(expert.client, questionId);

    expect(errorCode(await bystander.gql(ACCEPT_ANSWER, { id: first }))).toBe('FORBIDDEN');
    expect(errorCode(await member.client.gql(ACCEPT_ANSWER, { id: first }))).toBe('FORBIDDEN');
    const view = (await bystander.ok(ANSWERS, { id: questionId, sort: 'NEWEST', first: 10 })).question;
    expect(view.answers.edges.every((e: any) => e.node.viewerCanAccept === false)).toBe(true);
    expect((await asker.ok(ANSWERS, { id: questionId, sort: 'NEWEST', first: 10 })).question.answers.edges[0].node.viewerCanAccept).toBe(true);

    expect((await asker.ok(ACCEPT_ANSWER, { id: first })).acceptAnswer).toMatchObject({ accepted: true, question: { acceptedAnswer: { id: first } } });
    // A coordinator settles it differently: the earlier acceptance gives way.
    expect((await coordinator.ok(ACCEPT_ANSWER, { id: second })).acceptAnswer).toMatchObject({ accepted: true, question: { acceptedAnswer: { id: second } } });
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM posts WHERE parent_id = $1 AND accepted', [questionId]);
    expect(count).toBe(1);

    expect(errorCode(await bystander.gql(UNACCEPT_ANSWER, { id: second }))).toBe('FORBIDDEN');
    expect((await asker.ok(UNACCEPT_ANSWER, { id: second })).unacceptAnswer.accepted).toBe(false);
    expect((await bystander.ok(ANSWERS, { id: questionId, sort: 'ACCEPTED', first: 10 })).question.acceptedAnswer).toBeNull();

    // Deleting the accepted answer leaves the question without one.
    await asker.ok(ACCEPT_ANSWER, { id: first });
    await member.client.ok(DELETE_ANSWER, { id: first });
    expect((await bystander.ok(ANSWERS, { id: questionId, sort: 'ACCEPTED', first: 10 })).question.acceptedAnswer).toBeNull();
  });

  it('leave exactly one accepted answer when accepts race', async () => {
    const questionId = await postQuestion(asker);
    const ids = await Promise.all([member, expert, member, expert, member, expert].map((m) => postAnswer(m.client, questionId)));
    await Promise.all(ids.map((id, i) => (i % 2 ? asker : coordinator).ok(ACCEPT_ANSWER, { id })));
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM posts WHERE parent_id = $1 AND accepted', [questionId]);
    expect(count).toBe(1);
  });

  it('are sorted by accepted, votes or newest, and page identically in every order', async () => {
    const questionId = await postQuestion(asker, { title: 'Hvordan lage en temastrategi for bibliotekutvikling?' });
    // Answers a..e, oldest first; votes a=0, b=2, c=1, d=2, e=0; c is accepted.
    const ids: string[] = [];
    for (const author of [member, expert, member, expert, member]) ids.push(await postAnswer(author.client, questionId));
    const [a, b, c, d, e] = ids;
    for (const [answer, votes] of [[b, 2], [c, 1], [d, 2]] as const) {
      for (let i = 0; i < votes; i++) await voters[i].ok(VOTE, { id: answer });
    }
    await asker.ok(ACCEPT_ANSWER, { id: c });

    const expected = {
      ACCEPTED: [c, b, d, a, e],
      VOTES: [b, d, c, a, e],
      NEWEST: [e, d, c, b, a],
    };
    for (const [sort, order] of Object.entries(expected)) {
      expect(await pagedIds(bystander, questionId, sort, 50)).toEqual(order);
      expect(await pagedIds(bystander, questionId, sort, 2)).toEqual(order);
    }
    const page = (await bystander.ok(ANSWERS, { id: questionId, sort: 'ACCEPTED', first: 1 })).question;
    expect(page).toMatchObject({ answerCount: 5, acceptedAnswer: { id: c }, answers: { totalCount: 5, edges: [{ node: { id: c, accepted: true, voteCount: 1 } }] } });
    expect(errorCode(await bystander.gql(ANSWERS, { id: questionId, sort: 'VOTES', first: 2, after: Buffer.from('[1,"x","y"]').toString('base64url') }))).toBe('BAD_USER_INPUT');
  });

  it('are read one by one with their comments, and are gone once they or their question are deleted', async () => {
    const ANSWER = `query A($id: ID!, $after: String) {
      answer(id: $id) { id body question { id } comments(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { body } } } }
    }`;
    const questionId = await postQuestion(asker);
    const answerId = await postAnswer(member.client, questionId);
    for (const body of ['Ett', 'Två', 'Tre']) await bystander.ok(ADD_COMMENT, { input: { contentId: answerId, body } });

    const first = (await bystander.ok(ANSWER, { id: answerId })).answer;
    expect(first).toMatchObject({ id: answerId, question: { id: questionId }, comments: { totalCount: 3, pageInfo: { hasNextPage: true } } });
    const rest = (await bystander.ok(ANSWER, { id: answerId, after: first.comments.pageInfo.endCursor })).answer.comments;
    expect([...first.comments.edges, ...rest.edges].map((e: any) => e.node.body)).toEqual(['Ett', 'Två', 'Tre']);

    expect(errorCode(await bystander.gql(ANSWER, { id: questionId }))).toBe('NOT_FOUND');
    expect(errorCode(await bystander.gql(ANSWER, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    const other = await postAnswer(member.client, questionId);
    await member.client.ok(DELETE_ANSWER, { id: other });
    expect(errorCode(await bystander.gql(ANSWER, { id: other }))).toBe('NOT_FOUND');
    await asker.ok(DELETE_QUESTION, { id: questionId });
    expect(errorCode(await bystander.gql(ANSWER, { id: answerId }))).toBe('NOT_FOUND');
  });
});
