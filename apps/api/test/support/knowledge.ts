import type { DataSource } from 'typeorm';
import type { GqlClient } from './gql-client.js';

/** Operations and small helpers shared by the knowledge-exchange specs (inspirations, questions, answers ...). */

export const CREATE_INSPIRATION = `mutation C($input: InspirationInput!) {
  createInspiration(input: $input) { id title summary body language edited links { title url } attachments { title url } tags { slug name } author { id } library { id } }
}`;
export const UPDATE_INSPIRATION = `mutation U($id: ID!, $input: InspirationInput!) {
  updateInspiration(id: $id, input: $input) { id title body edited editedAt tags { slug } }
}`;
export const DELETE_INSPIRATION = `mutation D($id: ID!) { deleteInspiration(id: $id) }`;

export const CREATE_QUESTION = `mutation C($input: QuestionInput!) {
  createQuestion(input: $input) { id title body language answerCount voteCount tags { slug } }
}`;
export const UPDATE_QUESTION = `mutation U($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { id title edited } }`;
export const DELETE_QUESTION = `mutation D($id: ID!) { deleteQuestion(id: $id) }`;

export const CREATE_ANSWER = `mutation A($input: CreateAnswerInput!) { createAnswer(input: $input) { id body byExpert accepted voteCount question { id answerCount } } }`;
export const UPDATE_ANSWER = `mutation U($id: ID!, $input: AnswerBodyInput!) { updateAnswer(id: $id, input: $input) { id body edited } }`;
export const DELETE_ANSWER = `mutation D($id: ID!) { deleteAnswer(id: $id) }`;
export const ACCEPT_ANSWER = `mutation A($id: ID!) { acceptAnswer(id: $id) { id accepted question { acceptedAnswer { id } } } }`;
export const UNACCEPT_ANSWER = `mutation A($id: ID!) { unacceptAnswer(id: $id) { id accepted } }`;

export const VOTE = `mutation V($id: ID!) { vote(id: $id) { id voteCount viewerVoted } }`;
export const UNVOTE = `mutation V($id: ID!) { unvote(id: $id) { id voteCount viewerVoted } }`;

export const ADD_COMMENT = `mutation C($input: AddCommentInput!) { addComment(input: $input) { id body author { id } viewerCanDelete } }`;
export const DELETE_COMMENT = `mutation D($id: ID!) { deleteComment(id: $id) }`;

export const REACT = `mutation R($contentId: ID!, $kind: ReactionKind!) { react(contentId: $contentId, kind: $kind) { id reactionSummary { kind count viewerReacted } } }`;
export const UNREACT = `mutation R($contentId: ID!, $kind: ReactionKind!) { unreact(contentId: $contentId, kind: $kind) { id reactionSummary { kind count viewerReacted } } }`;

export const BOOKMARK = `mutation B($postId: ID!) { bookmark(postId: $postId) { id viewerBookmarked } }`;
export const UNBOOKMARK = `mutation B($postId: ID!) { unbookmark(postId: $postId) { id viewerBookmarked } }`;

export function inspirationInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Strefa Eksperymentu w małej bibliotece',
    summary: 'Jak urządziliśmy kącik z robotami i drukarką 3D.',
    body: '<p>Zaczęliśmy od <strong>dwóch robotów</strong> i jednej drukarki.</p>',
    language: 'PL',
    tags: ['Nowe technologie', 'dzieci'],
    links: [{ title: 'Regulamin konkursu', url: 'https://labib.pl/strefa' }],
    attachments: [],
    ...overrides,
  };
}

export function questionInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Hur ordnar man en debatt på biblioteket?',
    body: '<p>Vi vill bjuda in lokala politiker inför valet. Hur gjorde ni?</p>',
    language: 'SV',
    tags: ['demokrati'],
    ...overrides,
  };
}

export async function postInspiration(client: GqlClient, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await client.ok(CREATE_INSPIRATION, { input: inspirationInput(overrides) })).createInspiration.id;
}

export async function postQuestion(client: GqlClient, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await client.ok(CREATE_QUESTION, { input: questionInput(overrides) })).createQuestion.id;
}

export async function postAnswer(client: GqlClient, questionId: string, body = '<p>Vi bjöd in alla partier.</p>'): Promise<string> {
  return (await client.ok(CREATE_ANSWER, { input: { questionId, body } })).createAnswer.id;
}

/** Each stored counter next to the rows it counts, for every post; a test expects them equal. */
export async function countersAndRows(ds: DataSource, postIds: string[]) {
  return ds.query(
    `SELECT p.id,
       p.vote_count, (SELECT count(*)::int FROM votes v WHERE v.post_id = p.id) AS votes,
       p.answer_count, (SELECT count(*)::int FROM posts a WHERE a.parent_id = p.id AND a.deleted_at IS NULL) AS answers,
       p.comment_count, (SELECT count(*)::int FROM comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL) AS comments
     FROM posts p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id`,
    [postIds],
  ) as Promise<{ id: string; vote_count: number; votes: number; answer_count: number; answers: number; comment_count: number; comments: number }[]>;
}
