import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { inboxOf, UPDATE_PREFERENCES } from '../../../../test/support/notifications.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';
import {
  CANCEL_EVENT, CANCEL_REGISTRATION, CREATE_EVENT, createEvent, DAY, eventInput, HOUR, reasonOf, REGISTER, startedEvent, UPDATE_EVENT,
  UPDATE_MATERIALS,
} from './event-helpers.js';

const MATERIALS = `query M($id: ID!) { event(id: $id) { recordingUrl slidesUrl attendedCount } }`;
const ROOMS = `query R($id: ID!) { event(id: $id) { breakoutRooms { name project room url session { title } } } }`;
const MARK = `mutation M($eventId: ID!, $memberId: ID!, $attended: Boolean!) { markAttendance(eventId: $eventId, memberId: $memberId, attended: $attended) { attended } }`;

describe('after an event', () => {
  let app: TestApp;
  let mail: SmtpInbox;
  let coordinator: GqlClient;

  beforeAll(async () => {
    mail = await new SmtpInbox().start();
    app = await createTestApp({ config: { smtpUrl: mail.url, publicUrl: 'http://portal.test' } });
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'], name: 'Samordnare Malmö' })).client;
  });

  afterAll(async () => {
    await app?.close();
    await mail?.stop();
  });

  const recording = 'https://video.example.org/webinar-ai';
  const slides = 'http://slides.example.org/ai.pdf';

  it('the recording and slides are set by coordinators and admins only, as http(s) links, and shown to signed-in members only', async () => {
    const id = await createEvent(coordinator, { kind: 'WEBINAR', city: null, region: null, joinUrl: 'https://meet.example.org/ai' }, 2);
    const member = (await signedInMember(app)).client;
    const expert = (await signedInMember(app, { roles: ['member', 'expert'] })).client;
    const admin = (await signedInMember(app, { roles: ['member', 'admin'] })).client;
    const input = { recordingUrl: recording, slidesUrl: slides };
    expect(errorCode(await member.gql(UPDATE_MATERIALS, { eventId: id, input }))).toBe('FORBIDDEN');
    expect(errorCode(await expert.gql(UPDATE_MATERIALS, { eventId: id, input }))).toBe('FORBIDDEN');
    expect(errorCode(await app.client().gql(UPDATE_MATERIALS, { eventId: id, input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await coordinator.gql(UPDATE_MATERIALS, { eventId: '00000000-0000-4000-8000-000000000000', input }))).toBe('NOT_FOUND');

    const bad = await coordinator.gql(UPDATE_MATERIALS, { eventId: id, input: { recordingUrl: 'javascript:alert(1)', slidesUrl: 'ftp://files.example.org/a.pdf' } });
    expect([errorCode(bad), fieldErrors(bad)]).toEqual(['BAD_USER_INPUT', ['recordingUrl', 'slidesUrl']]);
    expect(fieldErrors(await coordinator.gql(UPDATE_MATERIALS, { eventId: id, input: { recordingUrl: 'video.example.org/x' } }))).toEqual(['recordingUrl']);

    await startedEvent(app.dataSource, id, 3, -1);
    expect((await coordinator.ok(UPDATE_MATERIALS, { eventId: id, input })).updateEventMaterials).toMatchObject(input);
    expect((await member.ok(MATERIALS, { id })).event).toMatchObject(input);
    expect((await app.client().ok(MATERIALS, { id })).event).toMatchObject({ recordingUrl: null, slidesUrl: null });
    // An admin replaces them; null (or blank) removes one.
    const replaced = await admin.ok(UPDATE_MATERIALS, { eventId: id, input: { recordingUrl: recording, slidesUrl: '  ' } });
    expect(replaced.updateEventMaterials).toMatchObject({ recordingUrl: recording, slidesUrl: null });

    const cancelled = await createEvent(coordinator, {}, 3);
    await coordinator.ok(CANCEL_EVENT, { id: cancelled });
    expect(reasonOf(await coordinator.gql(UPDATE_MATERIALS, { eventId: cancelled, input }))).toBe('EVENT_CANCELLED');
  });

  it('a new recording notifies the confirmed and waitlisted registrants once, by mail unless they turned it off', async () => {
    const id = await createEvent(coordinator, { kind: 'WEBINAR', city: null, region: null, capacity: 2, title: 'AI och medborgarförslag' }, 2);
    const confirmed = await signedInMember(app, { locale: 'sv' });
    const quiet = await signedInMember(app);
    const waitlisted = await signedInMember(app, { locale: 'pl' });
    const gone = await signedInMember(app);
    await gone.client.ok(REGISTER, { eventId: id });
    await gone.client.ok(CANCEL_REGISTRATION, { eventId: id });
    for (const p of [confirmed, quiet, waitlisted]) await p.client.ok(REGISTER, { eventId: id });
    await quiet.client.ok(UPDATE_PREFERENCES, { input: { preferences: [{ kind: 'EVENT_RECORDING', email: false }] } });
    await startedEvent(app.dataSource, id, 2, -1);

    // Slides alone tell nobody.
    await coordinator.ok(UPDATE_MATERIALS, { eventId: id, input: { slidesUrl: slides } });
    expect((await inboxOf(confirmed.client)).total).toBe(0);

    await coordinator.ok(UPDATE_MATERIALS, { eventId: id, input: { recordingUrl: recording, slidesUrl: slides } });
    for (const p of [confirmed, quiet, waitlisted]) {
      const { nodes, unread } = await inboxOf(p.client);
      expect([unread, nodes.map((n) => [n.kind, n.event?.id, n.post])]).toEqual([1, [['EVENT_RECORDING', id, null]]]);
    }
    expect((await inboxOf(gone.client)).total).toBe(0);

    const sv = await mail.waitFor(confirmed.member.email);
    expect(sv.subject).toBe('Inspelningen finns: AI och medborgarförslag');
    expect(sv.text).toContain(`http://portal.test/events/${id}`);
    expect((await mail.waitFor(waitlisted.member.email)).subject).toBe('Nagranie jest dostępne: AI och medborgarförslag');

    // Another address, or the same again: nobody is told twice.
    await coordinator.ok(UPDATE_MATERIALS, { eventId: id, input: { recordingUrl: `${recording}-hd`, slidesUrl: slides } });
    await coordinator.ok(UPDATE_MATERIALS, { eventId: id, input: { recordingUrl: null } });
    await coordinator.ok(UPDATE_MATERIALS, { eventId: id, input: { recordingUrl: recording } });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a mail sent by mistake would arrive by now
    for (const p of [confirmed, quiet, waitlisted]) expect((await inboxOf(p.client)).total).toBe(1);
    const mailedTo = (email: string) => mail.messages.filter((m) => m.to?.some((a) => a.address === email)).length;
    expect([mailedTo(confirmed.member.email), mailedTo(quiet.member.email), mailedTo(waitlisted.member.email)]).toEqual([1, 0, 1]);
  });

  it('conventions keep per-project breakout rooms with a room or a link, optionally in a session; links only for those who may join', async () => {
    const start = new Date(Date.now() + 40 * DAY);
    const at = (h: number) => new Date(start.getTime() + h * HOUR).toISOString();
    const convention = {
      kind: 'CONVENTION', title: 'Delningskonferens', timeZone: 'Europe/Stockholm', city: 'Malmö', region: 'skane', startsAt: at(0), endsAt: at(4),
      sessions: [{ title: 'Introduktion', startsAt: at(0), endsAt: at(1) }, { title: 'Projektrum', startsAt: at(3), endsAt: at(4) }],
      breakoutRooms: [
        { name: 'Rum 1', project: 'AI: Karlskrona och Vaggeryd', room: 'Sal B', sessionIndex: 1 },
        { name: 'Rum 2', project: 'Debatt och dialog', url: 'https://meet.example.org/rum-2' },
      ],
    };
    const id = (await coordinator.ok(CREATE_EVENT, { input: eventInput(convention, 40) })).createEvent.id;
    const registrant = await signedInMember(app);
    const bystander = await signedInMember(app);
    await registrant.client.ok(REGISTER, { eventId: id });

    const expected = [
      { name: 'Rum 1', project: 'AI: Karlskrona och Vaggeryd', room: 'Sal B', url: null, session: { title: 'Projektrum' } },
      { name: 'Rum 2', project: 'Debatt och dialog', room: null, url: 'https://meet.example.org/rum-2', session: null },
    ];
    expect((await registrant.client.ok(ROOMS, { id })).event.breakoutRooms).toEqual(expected);
    expect((await coordinator.ok(ROOMS, { id })).event.breakoutRooms).toEqual(expected);
    const hidden = expected.map((r) => ({ ...r, url: null }));
    expect((await bystander.client.ok(ROOMS, { id })).event.breakoutRooms).toEqual(hidden);
    expect((await app.client().ok(ROOMS, { id })).event.breakoutRooms).toEqual(hidden);

    // The edit replaces them, in the new order.
    await coordinator.ok(UPDATE_EVENT, { id, input: eventInput({ ...convention, breakoutRooms: [{ name: 'Rum 3', project: 'Prioriterade målgrupper', room: 'Sal C', sessionIndex: 0 }] }, 40) });
    expect((await registrant.client.ok(ROOMS, { id })).event.breakoutRooms).toEqual([
      { name: 'Rum 3', project: 'Prioriterade målgrupper', room: 'Sal C', url: null, session: { title: 'Introduktion' } },
    ]);

    // An edit that leaves the rooms out (a form that does not show them) keeps them, in the session with the
    // same title and start; a programme without that session keeps the room without a session; [] removes them.
    const { breakoutRooms: _left, ...withoutRooms } = convention;
    await coordinator.ok(UPDATE_EVENT, { id, input: eventInput({ ...withoutRooms, title: 'Delningskonferens 2' }, 40) });
    expect((await registrant.client.ok(ROOMS, { id })).event.breakoutRooms).toEqual([
      { name: 'Rum 3', project: 'Prioriterade målgrupper', room: 'Sal C', url: null, session: { title: 'Introduktion' } },
    ]);
    const renamed = [{ ...convention.sessions[0], title: 'Välkommen' }, convention.sessions[1]];
    await coordinator.ok(UPDATE_EVENT, { id, input: eventInput({ ...withoutRooms, sessions: renamed }, 40) });
    expect((await registrant.client.ok(ROOMS, { id })).event.breakoutRooms).toMatchObject([{ name: 'Rum 3', session: null }]);
    await coordinator.ok(UPDATE_EVENT, { id, input: eventInput({ ...convention, breakoutRooms: [] }, 40) });
    expect((await registrant.client.ok(ROOMS, { id })).event.breakoutRooms).toEqual([]);

    const rooms = (breakoutRooms: unknown[], extra: Record<string, unknown> = {}) => eventInput({ ...convention, ...extra, breakoutRooms }, 40);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ breakoutRooms: [{ name: 'Rum', project: 'P', room: 'Sal' }] }) }))).toEqual(['breakoutRooms']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: rooms([{ name: 'Rum', project: 'P' }]) }))).toEqual(['breakoutRooms.0.room']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: rooms([{ name: 'Rum', project: 'P', room: 'Sal', sessionIndex: 2 }]) }))).toEqual(['breakoutRooms.0.sessionIndex']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: rooms([{ name: '', project: 'P', url: 'http://insecure.example.org' }]) }))).toEqual([
      'breakoutRooms.0.name',
      'breakoutRooms.0.url',
    ]);
  });

  it('organisers see how many came; nobody else does', async () => {
    const id = await createEvent(coordinator, {}, 2);
    const people = [await signedInMember(app), await signedInMember(app), await signedInMember(app)];
    for (const p of people) await p.client.ok(REGISTER, { eventId: id });
    expect((await coordinator.ok(MATERIALS, { id })).event.attendedCount).toBe(0);
    await startedEvent(app.dataSource, id);
    await coordinator.ok(MARK, { eventId: id, memberId: people[0].member.id, attended: true });
    await coordinator.ok(MARK, { eventId: id, memberId: people[1].member.id, attended: true });
    await coordinator.ok(MARK, { eventId: id, memberId: people[2].member.id, attended: false });
    expect((await coordinator.ok(MATERIALS, { id })).event.attendedCount).toBe(2);
    expect((await people[0].client.ok(MATERIALS, { id })).event.attendedCount).toBeNull();
    expect((await app.client().ok(MATERIALS, { id })).event.attendedCount).toBeNull();
  });
});
