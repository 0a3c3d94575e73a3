import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeMember, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { DELETE_QUESTION, postAnswer, questionInput } from '../../../../test/support/knowledge.js';
import { inboxOf, mention } from '../../../../test/support/notifications.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import {
  ASK_AT_EVENT, CANCEL_EVENT, createEvent, DAY, HOUR, moveEvent, reasonOf, REGISTER, startedEvent,
} from './event-helpers.js';

const EVENT_QUESTIONS = `query Q($id: ID!, $first: Int, $after: String, $unanswered: Boolean) { event(id: $id) {
  questionsOpen viewerCanAskQuestion questionCount unansweredQuestionCount
  questions(first: $first, after: $after, unanswered: $unanswered) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title answerCount author { name } tags { slug } event { id } } }
  }
} }`;

const QUESTION_EVENT = `query Q($id: ID!) { question(id: $id) { id event { id title kind } } }`;

describe('questions asked at events', () => {
  let app: TestApp;
  let coordinator: { member: { id: string }; client: GqlClient };

  beforeAll(async () => {
    app = await createTestApp();
    coordinator = await signedInMember(app, { roles: ['member', 'coordinator'], name: 'Koordynatorka' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const ask = (client: GqlClient, eventId: string, overrides: Record<string, unknown> = {}) =>
    client.gql(ASK_AT_EVENT, { eventId, input: questionInput(overrides) });

  it('are asked by confirmed registrants and organisers from the start until 7 days after the end, with clear errors otherwise', async () => {
    const id = await createEvent(coordinator.client, { capacity: 1, title: 'Spotkanie o AI' }, 2);
    const registrant = await signedInMember(app);
    const waitlisted = await signedInMember(app);
    const bystander = await signedInMember(app);
    const admin = await signedInMember(app, { roles: ['member', 'admin'] });
    await registrant.client.ok(REGISTER, { eventId: id });
    await waitlisted.client.ok(REGISTER, { eventId: id });

    const early = await ask(registrant.client, id);
    expect([errorCode(early), reasonOf(early)]).toEqual(['CONFLICT', 'EVENT_NOT_STARTED']);
    expect((await registrant.client.ok(EVENT_QUESTIONS, { id })).event).toMatchObject({ questionsOpen: false, viewerCanAskQuestion: false });

    await startedEvent(app.dataSource, id);
    const notRegistered = await ask(bystander.client, id);
    expect([errorCode(notRegistered), reasonOf(notRegistered)]).toEqual(['FORBIDDEN', 'NOT_REGISTERED']);
    expect(notRegistered.errors?.[0].message).toMatch(/confirmed place/);
    const onWaitlist = await ask(waitlisted.client, id);
    expect([errorCode(onWaitlist), reasonOf(onWaitlist)]).toEqual(['FORBIDDEN', 'NOT_CONFIRMED']);
    expect(errorCode(await ask(app.client(), id))).toBe('UNAUTHENTICATED');
    expect(errorCode(await ask(registrant.client, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(fieldErrors(await ask(registrant.client, id, { title: '' }))).toEqual(['title']);

    const asked = await registrant.client.ok(ASK_AT_EVENT, { eventId: id, input: questionInput({ title: 'Jak zacząć z AI w bibliotece?' }) });
    expect(asked.askAtEvent).toMatchObject({ title: 'Jak zacząć z AI w bibliotece?', author: { id: registrant.member.id }, event: { id, title: 'Spotkanie o AI' } });
    // Organisers ask without a registration: the event's coordinator and an admin.
    expect(errorCode(await ask(coordinator.client, id, { title: 'Pytanie z sali numer jeden' }))).toBeUndefined();
    expect(errorCode(await ask(admin.client, id, { title: 'Pytanie z czatu na żywo' }))).toBeUndefined();
    expect((await registrant.client.ok(EVENT_QUESTIONS, { id })).event).toMatchObject({ questionsOpen: true, viewerCanAskQuestion: true, questionCount: 3 });
    expect((await bystander.client.ok(EVENT_QUESTIONS, { id })).event.viewerCanAskQuestion).toBe(false);
    expect((await coordinator.client.ok(EVENT_QUESTIONS, { id })).event.viewerCanAskQuestion).toBe(true);

    // Six days after the end questions are still collected; eight days after, not.
    await moveEvent(app.dataSource, id, new Date(Date.now() - 6 * DAY - 3 * HOUR), new Date(Date.now() - 6 * DAY));
    expect(errorCode(await ask(registrant.client, id, { title: 'Spóźnione pytanie po spotkaniu' }))).toBeUndefined();
    await moveEvent(app.dataSource, id, new Date(Date.now() - 8 * DAY - 3 * HOUR), new Date(Date.now() - 8 * DAY));
    const late = await ask(registrant.client, id);
    expect([errorCode(late), reasonOf(late)]).toEqual(['CONFLICT', 'QUESTIONS_CLOSED']);
    expect((await registrant.client.ok(EVENT_QUESTIONS, { id })).event).toMatchObject({ questionsOpen: false, viewerCanAskQuestion: false, questionCount: 4 });

    const cancelled = await createEvent(coordinator.client, {}, 3);
    await registrant.client.ok(REGISTER, { eventId: cancelled });
    await coordinator.client.ok(CANCEL_EVENT, { id: cancelled });
    await startedEvent(app.dataSource, cancelled);
    const refused = await ask(registrant.client, cancelled);
    expect([errorCode(refused), reasonOf(refused)]).toEqual(['CONFLICT', 'EVENT_CANCELLED']);
    // Nothing half-written by the refusals: only the accepted questions are linked, and no stray posts exist.
    const [{ linked }] = await app.dataSource.query('SELECT count(*)::int AS linked FROM event_questions WHERE event_id = ANY($1::uuid[])', [[id, cancelled]]);
    const [{ posts }] = await app.dataSource.query(`SELECT count(*)::int AS posts FROM posts WHERE kind = 'question' AND author_id = ANY($1::uuid[])`, [
      [registrant.member.id, waitlisted.member.id, bystander.member.id, admin.member.id, coordinator.member.id],
    ]);
    expect([linked, posts]).toEqual([4, 4]);
  });

  it('form a Q&A thread answered afterwards: paged in the order asked, counted, filtered, linked both ways; visitors see only the counts', async () => {
    const id = await createEvent(coordinator.client, { kind: 'WEBINAR', city: null, region: null, title: 'Webinarium: drukarka 3D' }, 2);
    const registrant = await signedInMember(app, { name: 'Anna Nowak' });
    await registrant.client.ok(REGISTER, { eventId: id });
    await startedEvent(app.dataSource, id);
    const ids: string[] = [];
    for (const title of ['Pierwsze pytanie o drukarkę', 'Drugie pytanie o filament', 'Trzecie pytanie o koszty']) {
      ids.push((await registrant.client.ok(ASK_AT_EVENT, { eventId: id, input: questionInput({ title, tags: ['druk 3D'] }) })).askAtEvent.id);
    }
    // After the event, the organiser answers one of them.
    await moveEvent(app.dataSource, id, new Date(Date.now() - 2 * DAY), new Date(Date.now() - 2 * DAY + 2 * HOUR));
    await postAnswer(coordinator.client, ids[1], '<p>PLA na początek.</p>');

    const page1 = (await registrant.client.ok(EVENT_QUESTIONS, { id, first: 2 })).event;
    expect(page1).toMatchObject({ questionCount: 3, unansweredQuestionCount: 2, questions: { totalCount: 3, pageInfo: { hasNextPage: true } } });
    const page2 = (await registrant.client.ok(EVENT_QUESTIONS, { id, first: 2, after: page1.questions.pageInfo.endCursor })).event.questions;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.questions.edges, ...page2.edges].map((e: any) => e.node.id)).toEqual(ids);
    expect(page1.questions.edges[0].node).toMatchObject({ author: { name: 'Anna Nowak' }, tags: [{ slug: 'druk-3d' }], event: { id } });
    const unanswered = (await registrant.client.ok(EVENT_QUESTIONS, { id, unanswered: true })).event.questions;
    expect([unanswered.totalCount, unanswered.edges.map((e: any) => e.node.id)]).toEqual([2, [ids[0], ids[2]]]);
    expect((await registrant.client.ok(QUESTION_EVENT, { id: ids[0] })).question.event).toEqual({ id, title: 'Webinarium: drukarka 3D', kind: 'WEBINAR' });

    const visitor = (await app.client().ok(EVENT_QUESTIONS, { id })).event;
    expect(visitor).toMatchObject({ questionCount: 3, unansweredQuestionCount: 2, questions: null });
    // A deleted question leaves the thread and the counts.
    await registrant.client.ok(DELETE_QUESTION, { id: ids[0] });
    expect((await registrant.client.ok(EVENT_QUESTIONS, { id })).event).toMatchObject({ questionCount: 2, unansweredQuestionCount: 1 });
    expect(fieldErrors(await registrant.client.gql(EVENT_QUESTIONS, { id, after: 'bogus' }))).toEqual(['after']);
  });

  it('notify the organiser and the member speakers once each, never the asker', async () => {
    const speaker = await signedInMember(app, { name: 'Piotr Lewandowski' });
    const guestOnly = await makeMember(app.dataSource);
    const id = await createEvent(coordinator.client, { speakers: [{ memberId: speaker.member.id }, { name: 'Gość specjalny' }] }, 2);
    const registrant = await signedInMember(app);
    await registrant.client.ok(REGISTER, { eventId: id });
    await startedEvent(app.dataSource, id);

    // The organiser is also named in the question: one notification, the most specific one.
    const body = `<p>Pytanie do ${mention({ id: coordinator.member.id, name: 'Koordynatorka' })}</p>`;
    const first = (await registrant.client.ok(ASK_AT_EVENT, { eventId: id, input: questionInput({ title: 'Czy będzie nagranie?', body }) })).askAtEvent.id;
    const toOrganiser = (await inboxOf(coordinator.client)).nodes.filter((n) => n.post?.id === first);
    expect(toOrganiser.map((n) => [n.kind, n.actor?.id, n.content?.id, n.event])).toEqual([['EVENT_QUESTION', registrant.member.id, first, null]]);
    expect((await inboxOf(speaker.client)).nodes.map((n) => [n.kind, n.post?.id])).toEqual([['EVENT_QUESTION', first]]);
    expect((await inboxOf(registrant.client)).total).toBe(0);

    // A speaker with a place who asks tells the organiser, not themselves.
    await app.dataSource.query(`INSERT INTO event_registrations (event_id, member_id, status) VALUES ($1, $2, 'confirmed')`, [id, speaker.member.id]);
    const second = (await speaker.client.ok(ASK_AT_EVENT, { eventId: id, input: questionInput({ title: 'Pytanie prelegenta do sali' }) })).askAtEvent.id;
    expect((await inboxOf(speaker.client)).nodes.map((n) => n.post?.id)).toEqual([first]);
    const organiserInbox = (await inboxOf(coordinator.client)).nodes.filter((n) => n.post?.id === first || n.post?.id === second);
    expect(organiserInbox.map((n) => [n.kind, n.post?.id]).sort()).toEqual([['EVENT_QUESTION', first], ['EVENT_QUESTION', second]].sort());
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1`, [guestOnly.id]);
    expect(count).toBe(0);
  });

  it('cost the same number of SQL statements for 10 and 50 questions with authors, tags, answers and their event', async () => {
    const id = await createEvent(coordinator.client, { kind: 'CONVENTION', title: 'Konwent LABiB', capacity: null }, 2);
    const askers = [await signedInMember(app), await signedInMember(app), await signedInMember(app)];
    for (const a of askers) await a.client.ok(REGISTER, { eventId: id });
    await startedEvent(app.dataSource, id, 3, 5);
    for (let i = 0; i < 50; i++) {
      await askers[i % 3].client.ok(ASK_AT_EVENT, { eventId: id, input: questionInput({ title: `Pytanie numer ${i}`, tags: [`temat ${i % 4}`] }) });
    }
    const viewer = askers[0].client;
    const ten = await countQueries(app.dataSource, () => viewer.ok(EVENT_QUESTIONS, { id, first: 10 }));
    const fifty = await countQueries(app.dataSource, async () => {
      const { event } = await viewer.ok(EVENT_QUESTIONS, { id, first: 50 });
      expect(event.questions.edges).toHaveLength(50);
      expect(event.questions.edges[49].node).toMatchObject({ title: 'Pytanie numer 49', event: { id }, tags: [{ slug: 'temat-1' }] });
    });
    expect(fifty.count).toBe(ten.count);
  });
});
