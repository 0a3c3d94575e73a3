import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, makeMember, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import { settle, subscribe } from '../../../../test/support/ws-subscriber.js';
import {
  CANCEL_EVENT, CANCEL_REGISTRATION, CREATE_EVENT, createEvent, DAY, eventInput, HOUR, moveEvent, REGISTER,
  REGISTRATION_CHANGED, UPDATE_EVENT,
} from './event-helpers.js';

const EVENT = `query E($id: ID!) { event(id: $id) {
  id kind status title timeZone capacity joinUrl confirmedCount waitlistCount placesLeft registrationOpen viewerCanManage
  viewerRegistration { status waitlistPosition }
  speakers { name member { id } }
  sessions { title room track startsAt endsAt speakers { name } }
} }`;

const LIST = `query L($first: Int!, $after: String, $filter: EventFilter) {
  events(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title city startsAt confirmedCount waitlistCount placesLeft joinUrl
      viewerRegistration { status } organiser { name } speakers { name member { name } } sessions { title } } }
  }
}`;

const reasonOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.reason;

describe('events', () => {
  let app: TestApp;
  let coordinator: GqlClient;
  let admin: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
    admin = (await signedInMember(app, { roles: ['member', 'admin'] })).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are created, edited and cancelled only by coordinators and admins', async () => {
    const member = (await signedInMember(app)).client;
    const expert = (await signedInMember(app, { roles: ['member', 'expert'] })).client;
    expect(errorCode(await member.gql(CREATE_EVENT, { input: eventInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await expert.gql(CREATE_EVENT, { input: eventInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await app.client().gql(CREATE_EVENT, { input: eventInput() }))).toBe('UNAUTHENTICATED');

    const id = await createEvent(coordinator, { title: 'Spotkanie w Warszawie' });
    const byAdmin = await admin.ok(UPDATE_EVENT, { id, input: eventInput({ capacity: 30 }) });
    expect(byAdmin.updateEvent.capacity).toBe(30);
    expect(errorCode(await member.gql(UPDATE_EVENT, { id, input: eventInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await member.gql(CANCEL_EVENT, { id }))).toBe('FORBIDDEN');
    expect((await coordinator.ok(CANCEL_EVENT, { id })).cancelEvent.status).toBe('CANCELLED');
    expect(errorCode(await coordinator.gql(CANCEL_EVENT, { id }))).toBe('CONFLICT');
    expect(errorCode(await coordinator.gql(UPDATE_EVENT, { id, input: eventInput() }))).toBe('CONFLICT');
    expect(errorCode(await member.gql(EVENT, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await member.gql(EVENT, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('refuse bad input as field errors: end before start, unknown time zone, zero or negative capacity, deadline after start', async () => {
    const start = new Date(Date.now() + 5 * DAY);
    const before = await coordinator.gql(CREATE_EVENT, { input: eventInput({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() - HOUR).toISOString() }) });
    expect(errorCode(before)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(before)).toEqual(['endsAt']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ timeZone: 'Europe/Atlantis' }) }))).toEqual(['timeZone']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ timeZone: 'CET' }) }))).toEqual(['timeZone']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ capacity: -5 }) }))).toEqual(['capacity']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ capacity: 0 }) }))).toEqual(['capacity']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ registrationDeadline: new Date(start.getTime() + DAY).toISOString() }, 5) }))).toEqual(['registrationDeadline']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ city: null }) }))).toEqual(['city']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ joinUrl: 'javascript:alert(1)' }) }))).toEqual(['joinUrl']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ speakers: [{ memberId: '00000000-0000-4000-8000-000000000000' }] }) }))).toEqual(['speakers.0.memberId']);
    // Unlimited capacity is null; a time zone alias is stored by its canonical name.
    const unlimited = await coordinator.ok(CREATE_EVENT, { input: eventInput({ capacity: null, timeZone: 'Europe/Oslo' }) });
    expect(unlimited.createEvent).toMatchObject({ capacity: null, timeZone: 'Europe/Oslo' });
  });

  it('keep a convention’s programme with rooms, tracks and speakers', async () => {
    const speaker = await makeMember(app.dataSource, { name: 'Elin Lindqvist' });
    const start = new Date(Date.now() + 30 * DAY);
    const at = (h: number) => new Date(start.getTime() + h * HOUR).toISOString();
    const id = await createEvent(coordinator, {
      kind: 'CONVENTION', title: 'Delningskonferens', timeZone: 'Europe/Stockholm', city: 'Malmö', region: 'skane',
      startsAt: at(0), endsAt: at(8), speakers: [{ memberId: speaker.id }, { name: 'Max Valentin' }],
      sessions: [
        { title: 'Workshop: medborgarförslag med AI', startsAt: at(2), endsAt: at(3), room: 'Sal B', track: 'Demokrati', speakers: [{ name: 'Max Valentin' }] },
        { title: 'Välkommen', startsAt: at(0), endsAt: at(1), room: 'Sal A', speakers: [{ memberId: speaker.id }] },
      ],
    }, 30);
    const { event } = await coordinator.ok(EVENT, { id });
    expect(event.speakers).toEqual([{ name: 'Elin Lindqvist', member: { id: speaker.id } }, { name: 'Max Valentin', member: null }]);
    expect(event.sessions.map((s: any) => [s.title, s.room, s.track, s.speakers[0].name])).toEqual([
      ['Välkommen', 'Sal A', null, 'Elin Lindqvist'],
      ['Workshop: medborgarförslag med AI', 'Sal B', 'Demokrati', 'Max Valentin'],
    ]);
    // A meetup has no programme; a session outside the event is refused.
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ sessions: [{ title: 'x', startsAt: at(0), endsAt: at(1) }] }) }))).toEqual(['sessions']);
    const outside = await coordinator.gql(UPDATE_EVENT, { id, input: eventInput({ kind: 'CONVENTION', startsAt: at(0), endsAt: at(8), sessions: [{ title: 'Late', startsAt: at(9), endsAt: at(10) }] }, 30) });
    expect(fieldErrors(outside)).toEqual(['sessions.0.startsAt']);
  });

  it('show the webinar link only to confirmed registrants and organisers, never to visitors, other members or the waitlist', async () => {
    const joinUrl = 'https://meet.example.org/get-it-webinar';
    const id = await createEvent(coordinator, { kind: 'WEBINAR', city: null, venue: null, address: null, region: null, capacity: 1, joinUrl });
    const registrant = (await signedInMember(app)).client;
    const waitlisted = (await signedInMember(app)).client;
    const bystander = (await signedInMember(app)).client;
    await registrant.ok(REGISTER, { eventId: id });
    await waitlisted.ok(REGISTER, { eventId: id });

    expect((await app.client().ok(EVENT, { id })).event).toMatchObject({ joinUrl: null, viewerRegistration: null, confirmedCount: 1 });
    expect((await bystander.ok(EVENT, { id })).event).toMatchObject({ joinUrl: null, viewerRegistration: null });
    expect((await waitlisted.ok(EVENT, { id })).event).toMatchObject({ joinUrl: null, viewerRegistration: { status: 'WAITLISTED', waitlistPosition: 1 } });
    expect((await registrant.ok(EVENT, { id })).event).toMatchObject({ joinUrl, viewerRegistration: { status: 'CONFIRMED' } });
    expect((await coordinator.ok(EVENT, { id })).event).toMatchObject({ joinUrl, viewerCanManage: true });
    expect((await admin.ok(EVENT, { id })).event.joinUrl).toBe(joinUrl);
    // The list does not leak it either.
    const listed = (await app.client().ok(LIST, { first: 50, filter: { kind: 'WEBINAR' } })).events.edges.map((e: any) => e.node);
    expect(listed.find((n: any) => n.id === id).joinUrl).toBeNull();
    // Once the registrant cancels, the waitlisted member has the place and the link.
    await registrant.ok(CANCEL_REGISTRATION, { eventId: id });
    expect((await registrant.ok(EVENT, { id })).event.joinUrl).toBeNull();
    expect((await waitlisted.ok(EVENT, { id })).event).toMatchObject({ joinUrl, viewerRegistration: { status: 'CONFIRMED', waitlistPosition: null } });
  });

  it('give clear errors for registering twice, after the deadline, for past or cancelled events, and let a member come back after cancelling', async () => {
    const member = (await signedInMember(app)).client;
    const id = await createEvent(coordinator);
    expect((await member.ok(REGISTER, { eventId: id })).registerForEvent.status).toBe('CONFIRMED');
    const twice = await member.gql(REGISTER, { eventId: id });
    expect([errorCode(twice), reasonOf(twice)]).toEqual(['CONFLICT', 'ALREADY_REGISTERED']);
    expect(twice.errors?.[0].message).toMatch(/already registered/);

    await member.ok(CANCEL_REGISTRATION, { eventId: id });
    const notRegistered = await member.gql(CANCEL_REGISTRATION, { eventId: id });
    expect(reasonOf(notRegistered)).toBe('NOT_REGISTERED');
    expect((await member.ok(REGISTER, { eventId: id })).registerForEvent.status).toBe('CONFIRMED');

    const late = await createEvent(coordinator);
    await moveEvent(app.dataSource, late, new Date(Date.now() + DAY), undefined, new Date(Date.now() - HOUR));
    const afterDeadline = await member.gql(REGISTER, { eventId: late });
    expect([errorCode(afterDeadline), reasonOf(afterDeadline)]).toEqual(['CONFLICT', 'DEADLINE_PASSED']);
    expect(afterDeadline.errors?.[0].message).toMatch(/deadline/);
    expect((await member.ok(EVENT, { id: late })).event.registrationOpen).toBe(false);

    const past = await createEvent(coordinator);
    await moveEvent(app.dataSource, past, new Date(Date.now() - 3 * DAY));
    expect(reasonOf(await member.gql(REGISTER, { eventId: past }))).toBe('EVENT_STARTED');

    const cancelled = await createEvent(coordinator);
    await coordinator.ok(CANCEL_EVENT, { id: cancelled });
    const refused = await member.gql(REGISTER, { eventId: cancelled });
    expect([reasonOf(refused), refused.errors?.[0].message]).toEqual(['EVENT_CANCELLED', 'This event was cancelled; registration is closed.']);
    expect(errorCode(await member.gql(REGISTER, { eventId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await app.client().gql(REGISTER, { eventId: id }))).toBe('UNAUTHENTICATED');
  });

  it('promote the first of the waitlist when a place frees, live, and when the capacity grows; refuse a capacity below the confirmed', async () => {
    const id = await createEvent(coordinator, { capacity: 1 });
    const first = await signedInMember(app);
    const second = await signedInMember(app);
    const third = await signedInMember(app);
    await first.client.ok(REGISTER, { eventId: id });
    expect((await second.client.ok(REGISTER, { eventId: id })).registerForEvent).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect((await third.client.ok(REGISTER, { eventId: id })).registerForEvent).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    const live = subscribe<any>(app.wsUrl, second.client.cookieHeader, REGISTRATION_CHANGED, {});
    const thirdLive = subscribe<any>(app.wsUrl, third.client.cookieHeader, REGISTRATION_CHANGED, {});
    await settle();
    await first.client.ok(CANCEL_REGISTRATION, { eventId: id });
    expect((await live.next()).registrationChanged).toMatchObject({ reason: 'PROMOTED', registration: { status: 'CONFIRMED', event: { id } } });
    await expect(thirdLive.next(500)).rejects.toThrow(/No subscription event/);

    await first.client.ok(REGISTER, { eventId: id }); // back, at the end of the waitlist
    const grown = await coordinator.ok(UPDATE_EVENT, { id, input: eventInput({ capacity: 2 }) });
    expect(grown.updateEvent).toMatchObject({ confirmedCount: 2, waitlistCount: 1 });
    expect((await thirdLive.next()).registrationChanged).toMatchObject({ reason: 'PROMOTED', registration: { status: 'CONFIRMED' } });
    const shrink = await coordinator.gql(UPDATE_EVENT, { id, input: eventInput({ capacity: 1 }) });
    expect(fieldErrors(shrink)).toEqual(['capacity']);

    await coordinator.ok(CANCEL_EVENT, { id });
    expect((await live.next()).registrationChanged).toMatchObject({ reason: 'EVENT_CANCELLED', registration: { event: { id } } });
    await Promise.all([live.close(), thirdLive.close()]);
  });

  it('tell every member with the event open how its places and their own waitlist position change, once per change', async () => {
    const AVAILABILITY = `subscription A($eventId: ID!) { eventAvailabilityChanged(eventId: $eventId) { id placesLeft waitlistCount viewerRegistration { status waitlistPosition } } }`;
    const id = await createEvent(coordinator, { capacity: 1 });
    const other = await createEvent(coordinator, { capacity: 5 });
    const first = await signedInMember(app);
    const second = await signedInMember(app);
    const third = await signedInMember(app);
    const watcher = await signedInMember(app);
    const watching = subscribe<any>(app.wsUrl, watcher.client.cookieHeader, AVAILABILITY, { eventId: id });
    const thirdWatching = subscribe<any>(app.wsUrl, third.client.cookieHeader, AVAILABILITY, { eventId: id });
    await settle();

    await first.client.ok(REGISTER, { eventId: id });
    expect((await watching.next()).eventAvailabilityChanged).toEqual({ id, placesLeft: 0, waitlistCount: 0, viewerRegistration: null });
    await thirdWatching.next();
    await second.client.ok(REGISTER, { eventId: id });
    await third.client.ok(REGISTER, { eventId: id });
    await watching.next();
    expect((await watching.next()).eventAvailabilityChanged).toMatchObject({ placesLeft: 0, waitlistCount: 2 });
    await thirdWatching.next();
    expect((await thirdWatching.next()).eventAvailabilityChanged.viewerRegistration).toEqual({ status: 'WAITLISTED', waitlistPosition: 2 });

    // The first gives up her place: the second is promoted, and the third moves up to 1, in one message each.
    await first.client.ok(CANCEL_REGISTRATION, { eventId: id });
    expect((await thirdWatching.next()).eventAvailabilityChanged).toMatchObject({ placesLeft: 0, waitlistCount: 1, viewerRegistration: { status: 'WAITLISTED', waitlistPosition: 1 } });
    expect((await watching.next()).eventAvailabilityChanged).toMatchObject({ waitlistCount: 1 });
    await expect(watching.next(500)).rejects.toThrow(/No subscription event/);

    // Another event's changes are not sent.
    await first.client.ok(REGISTER, { eventId: other });
    await expect(watching.next(500)).rejects.toThrow(/No subscription event/);
    await Promise.all([watching.close(), thirdWatching.close()]);
  });

  it('list upcoming events soonest first with filters and cursor paging, past ones latest first', async () => {
    const cities = ['Oslo', 'Bergen', 'Oslo'];
    const ids: string[] = [];
    for (const [i, city] of cities.entries()) {
      ids.push(await createEvent(coordinator, { title: `Treff ${i}`, city, region: city === 'Oslo' ? 'oslo' : 'vestland', timeZone: 'Europe/Oslo', kind: 'CONVENTION' }, 200 + i));
    }
    const visitor = app.client();
    const oslo = (await visitor.ok(LIST, { first: 50, filter: { kind: 'CONVENTION', city: 'oslo' } })).events;
    expect(oslo.edges.map((e: any) => e.node.title)).toEqual(['Treff 0', 'Treff 2']);
    expect((await visitor.ok(LIST, { first: 50, filter: { region: 'vestland' } })).events.totalCount).toBe(1);
    const window = { from: new Date(Date.now() + 200.5 * DAY).toISOString(), to: new Date(Date.now() + 202.5 * DAY).toISOString() };
    expect((await visitor.ok(LIST, { first: 50, filter: window })).events.edges.map((e: any) => e.node.title)).toEqual(['Treff 1', 'Treff 2']);

    const page1 = (await visitor.ok(LIST, { first: 2, filter: { kind: 'CONVENTION', from: new Date(Date.now() + 199 * DAY).toISOString() } })).events;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await visitor.ok(LIST, { first: 2, after: page1.pageInfo.endCursor, filter: { kind: 'CONVENTION', from: new Date(Date.now() + 199 * DAY).toISOString() } })).events;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.title)).toEqual(['Treff 0', 'Treff 1', 'Treff 2']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    await moveEvent(app.dataSource, ids[0], new Date(Date.now() - 10 * DAY));
    await moveEvent(app.dataSource, ids[1], new Date(Date.now() - 5 * DAY));
    const past = (await visitor.ok(LIST, { first: 50, filter: { kind: 'CONVENTION', past: true } })).events.edges.map((e: any) => e.node.title);
    expect(past.slice(0, 2)).toEqual(['Treff 1', 'Treff 0']);
    const upcoming = (await visitor.ok(LIST, { first: 50, filter: { kind: 'CONVENTION' } })).events.edges.map((e: any) => e.node.title);
    expect(upcoming).not.toContain('Treff 0');
    const badRegion = await visitor.gql(LIST, { first: 5, filter: { region: 'atlantis' } });
    expect(fieldErrors(badRegion)).toEqual(['region']);
  });

  it('cost the same number of SQL statements for a page of 10 and of 50 events, counts, speakers and viewer registration included', async () => {
    const speaker = await makeMember(app.dataSource, { name: 'Ola Haugen' });
    const viewer = await signedInMember(app);
    for (let i = 0; i < 50; i++) {
      const id = await createEvent(coordinator, { title: `Webinar ${i}`, kind: 'WEBINAR', city: null, region: null, capacity: 3, joinUrl: 'https://meet.example.org/x', speakers: [{ memberId: speaker.id }, { name: 'Gjest' }] }, 300 + i);
      if (i % 3 === 0) await viewer.client.ok(REGISTER, { eventId: id });
    }
    const filter = { kind: 'WEBINAR', from: new Date(Date.now() + 299 * DAY).toISOString() };
    const ten = await countQueries(app.dataSource, () => viewer.client.ok(LIST, { first: 10, filter }));
    const fifty = await countQueries(app.dataSource, async () => {
      const page = (await viewer.client.ok(LIST, { first: 50, filter })).events;
      expect(page.edges).toHaveLength(50);
      expect(page.edges[0].node).toMatchObject({ confirmedCount: 1, placesLeft: 2, viewerRegistration: { status: 'CONFIRMED' }, joinUrl: 'https://meet.example.org/x', speakers: [{ name: 'Ola Haugen', member: { name: 'Ola Haugen' } }, { name: 'Gjest', member: null }] });
      expect(page.edges[1].node).toMatchObject({ confirmedCount: 0, viewerRegistration: null, joinUrl: null });
    });
    expect(fifty.count).toBe(ten.count);
  });
});

describe('registrations for organisers and members', () => {
  let app: TestApp;
  let coordinator: GqlClient;

  beforeAll(async () => {
    app = await createTestApp();
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  const REGISTRANTS = `query R($eventId: ID!, $status: RegistrationStatus, $first: Int, $after: String) {
    eventRegistrations(eventId: $eventId, status: $status, first: $first, after: $after) {
      totalCount counts { confirmed waitlisted cancelled attended }
      pageInfo { hasNextPage endCursor }
      edges { node { status attended waitlistPosition member { id name } } }
    }
  }`;
  const MARK = `mutation M($eventId: ID!, $memberId: ID!, $attended: Boolean!) { markAttendance(eventId: $eventId, memberId: $memberId, attended: $attended) { attended status } }`;
  const CSV = `query C($eventId: ID!) { eventRegistrantsCsv(eventId: $eventId) }`;
  const MY = `query My($past: Boolean) { myEvents(first: 20, past: $past) { totalCount edges { node { status waitlistPosition event { title } } } } }`;

  it('list registrants with counts, mark attendance once started, export CSV safely — organisers only', async () => {
    const library = await makeLibrary(app.dataSource, { name: 'Biblioteka "Pod Lipą", filia 2' });
    const id = await createEvent(coordinator, { capacity: 2 });
    const people = [
      await signedInMember(app, { name: 'Anna Nowak', libraryId: library.id, publicEmail: 'anna@example.pl' }),
      await signedInMember(app, { name: '=cmd|"/c calc"!A1' }),
      await signedInMember(app, { name: 'Kowalski, Jan\nII' }),
      await signedInMember(app, { name: 'Dropped Out' }),
    ];
    for (const p of people) await p.client.ok(REGISTER, { eventId: id });
    await people[3].client.ok(CANCEL_REGISTRATION, { eventId: id });

    const member = people[0].client;
    expect(errorCode(await member.gql(REGISTRANTS, { eventId: id }))).toBe('FORBIDDEN');
    expect(errorCode(await member.gql(CSV, { eventId: id }))).toBe('FORBIDDEN');
    expect(errorCode(await member.gql(MARK, { eventId: id, memberId: people[0].member.id, attended: true }))).toBe('FORBIDDEN');
    expect(errorCode(await app.client().gql(CSV, { eventId: id }))).toBe('UNAUTHENTICATED');

    const all = (await coordinator.ok(REGISTRANTS, { eventId: id, first: 2 })).eventRegistrations;
    expect(all).toMatchObject({ totalCount: 4, counts: { confirmed: 2, waitlisted: 1, cancelled: 1, attended: 0 }, pageInfo: { hasNextPage: true } });
    const rest = (await coordinator.ok(REGISTRANTS, { eventId: id, first: 2, after: all.pageInfo.endCursor })).eventRegistrations;
    expect([...all.edges, ...rest.edges].map((e: any) => [e.node.member.name, e.node.status, e.node.waitlistPosition])).toEqual([
      ['Anna Nowak', 'CONFIRMED', null], ['=cmd|"/c calc"!A1', 'CONFIRMED', null], ['Kowalski, Jan\nII', 'WAITLISTED', 1], ['Dropped Out', 'CANCELLED', null],
    ]);
    expect((await coordinator.ok(REGISTRANTS, { eventId: id, status: 'WAITLISTED' })).eventRegistrations.totalCount).toBe(1);

    const early = await coordinator.gql(MARK, { eventId: id, memberId: people[0].member.id, attended: true });
    expect(reasonOf(early)).toBe('EVENT_NOT_STARTED');
    await moveEvent(app.dataSource, id, new Date(Date.now() - HOUR));
    expect((await coordinator.ok(MARK, { eventId: id, memberId: people[0].member.id, attended: true })).markAttendance).toEqual({ attended: true, status: 'CONFIRMED' });
    expect(reasonOf(await coordinator.gql(MARK, { eventId: id, memberId: people[2].member.id, attended: true }))).toBe('NOT_CONFIRMED');
    expect((await coordinator.ok(REGISTRANTS, { eventId: id })).eventRegistrations.counts.attended).toBe(1);

    const csv: string = (await coordinator.ok(CSV, { eventId: id })).eventRegistrantsCsv;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Name,Library,City,Contact email,Status,Registered at (UTC),Promoted at (UTC),Attended');
    expect(lines[1]).toMatch(/^Anna Nowak,"Biblioteka ""Pod Lipą"", filia 2",Kraków,anna@example.pl,confirmed,\d{4}-\d\d-\d\dT[\d:.]+Z,,yes$/);
    expect(lines[2]).toMatch(/^"'=cmd\|""\/c calc""!A1",,,,confirmed,/);
    expect(csv).toContain('"Kowalski, Jan\nII",,,,waitlisted,');
    expect(csv).not.toContain('Dropped Out');
  });

  it('show members their own events with status, upcoming and past', async () => {
    const me = await signedInMember(app);
    const soon = await createEvent(coordinator, { title: 'Soon', capacity: 1 }, 2);
    const later = await createEvent(coordinator, { title: 'Later' }, 20);
    const gone = await createEvent(coordinator, { title: 'Gone' }, 3);
    const other = await signedInMember(app);
    await other.client.ok(REGISTER, { eventId: soon });
    for (const eventId of [later, soon, gone]) await me.client.ok(REGISTER, { eventId });
    await moveEvent(app.dataSource, gone, new Date(Date.now() - 5 * DAY));
    const upcoming = (await me.client.ok(MY, {})).myEvents;
    expect(upcoming.edges.map((e: any) => [e.node.event.title, e.node.status, e.node.waitlistPosition])).toEqual([
      ['Soon', 'WAITLISTED', 1], ['Later', 'CONFIRMED', null],
    ]);
    expect((await me.client.ok(MY, { past: true })).myEvents.edges.map((e: any) => e.node.event.title)).toEqual(['Gone']);
    await me.client.ok(CANCEL_REGISTRATION, { eventId: later });
    expect((await me.client.ok(MY, {})).myEvents.totalCount).toBe(1);
    expect(errorCode(await app.client().gql(MY, {}))).toBe('UNAUTHENTICATED');
  });

  it('refuse the registrationChanged subscription to visitors', async () => {
    const live = subscribe(app.wsUrl, '', REGISTRATION_CHANGED, {});
    await expect(live.next(3000)).rejects.toThrow(/UNAUTHENTICATED|sign in/i);
    await live.close();
  });
});
