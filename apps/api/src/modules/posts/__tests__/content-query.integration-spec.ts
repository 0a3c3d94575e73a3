import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import { DELETE_QUESTION, postAnswer, postInspiration, postQuestion, REACT } from '../../../../test/support/knowledge.js';

const CONTENT = `query C($id: ID!) {
  content(id: $id) {
    __typename id commentCount
    reactions(first: 5) { totalCount edges { node { kind member { id } } } }
    ... on Answer { question { id } }
    ... on Post { title }
  }
}`;

describe('content(id)', () => {
  let app: TestApp;
  let author: GqlClient;
  let reader: { client: GqlClient; member: { id: string } };

  beforeAll(async () => {
    app = await createTestApp();
    author = (await signedInMember(app)).client;
    reader = await signedInMember(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reads any live inspiration, question or answer as its own type, and nothing deleted', async () => {
    const inspiration = await postInspiration(author);
    const question = await postQuestion(author);
    const answer = await postAnswer(author, question);
    await reader.client.ok(REACT, { contentId: answer, kind: 'THANKS' });

    expect((await reader.client.ok(CONTENT, { id: inspiration })).content).toMatchObject({ __typename: 'Inspiration', id: inspiration });
    expect((await reader.client.ok(CONTENT, { id: question })).content).toMatchObject({ __typename: 'Question', id: question });
    expect((await reader.client.ok(CONTENT, { id: answer })).content).toMatchObject({
      __typename: 'Answer',
      question: { id: question },
      reactions: { totalCount: 1, edges: [{ node: { kind: 'THANKS', member: { id: reader.member.id } } }] },
    });

    expect(errorCode(await reader.client.gql(CONTENT, { id: 'nonsense' }))).toBe('NOT_FOUND');
    await author.ok(DELETE_QUESTION, { id: question });
    expect(errorCode(await reader.client.gql(CONTENT, { id: question }))).toBe('NOT_FOUND');
    expect(errorCode(await reader.client.gql(CONTENT, { id: answer }))).toBe('NOT_FOUND');
  });
});
