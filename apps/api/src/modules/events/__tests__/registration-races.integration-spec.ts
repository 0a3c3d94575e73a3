import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import { CANCEL_REGISTRATION, createEvent, REGISTER, statusesOf } from './event-helpers.js';

interface Person {
  id: string;
  client: GqlClient;
}

/**
 * Race safety on the real database (PostgreSQL under CI; see test/global-setup.ts): registrations for one
 * event queue on the event row's lock, and the unique (event, member) constraint backs it up.
 */
describe('registration under concurrency', () => {
  let app: TestApp;
  let coordinator: GqlClient;
  let people: Person[];

  beforeAll(async () => {
    // More connections than usual, so requests really overlap in the database rather than in the pool.
    app = await createTestApp({ config: { dbPoolSize: 20 } });
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
    people = await Promise.all(
      Array.from({ length: 60 }, async () => {
        const { member, client } = await signedInMember(app);
        return { id: member.id, client };
      }),
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('50 members registering at once for 10 places: exactly 10 confirmed, 40 waitlisted in a strict order, no duplicates', async () => {
    const eventId = await createEvent(coordinator, { capacity: 10 });
    const fifty = people.slice(0, 50);
    const results = await Promise.all(fifty.map((p) => p.client.gql(REGISTER, { eventId })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const statuses = results.map((r) => r.data!.registerForEvent.status as string);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(40);
    const positions = results.map((r) => r.data!.registerForEvent.waitlistPosition).filter((p) => p !== null);
    expect(new Set(positions).size).toBe(40);

    const rows = await statusesOf(app.dataSource, eventId);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.member_id)).size).toBe(50);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(10);
    // First come, first served: the ten confirmed are the first ten in queue order.
    expect(rows.slice(0, 10).every((r) => r.status === 'confirmed')).toBe(true);
  });

  it('one member clicking five times in parallel gets one registration; the other clicks are told so', async () => {
    const eventId = await createEvent(coordinator, { capacity: 3 });
    const [clicker] = people;
    const results = await Promise.all(Array.from({ length: 5 }, () => clicker.client.gql(REGISTER, { eventId })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => [errorCode(r), r.errors![0].extensions!.reason])).toEqual(
      Array.from({ length: 4 }, () => ['CONFLICT', 'ALREADY_REGISTERED']),
    );
    expect(await statusesOf(app.dataSource, eventId)).toEqual([{ member_id: clicker.id, status: 'confirmed', queue: expect.any(Number) }]);
  });

  it('cancellations and registrations at the same time never exceed capacity and promote the waitlist in order', async () => {
    const eventId = await createEvent(coordinator, { capacity: 5 });
    const [confirmed, waitlist, newcomers] = [people.slice(0, 5), people.slice(5, 15), people.slice(15, 20)];
    for (const p of [...confirmed, ...waitlist]) await p.client.ok(REGISTER, { eventId });

    // Three confirmed and the last of the waitlist cancel while five newcomers register.
    const leaving = [...confirmed.slice(0, 3), waitlist[9]];
    await Promise.all([
      ...leaving.map((p) => p.client.ok(CANCEL_REGISTRATION, { eventId })),
      ...newcomers.map((p) => p.client.ok(REGISTER, { eventId })),
    ]);
    const rows = await statusesOf(app.dataSource, eventId);
    const byStatus = (s: string) => rows.filter((r) => r.status === s).map((r) => r.member_id);
    // The freed places went to the head of the waitlist, never to a newcomer.
    expect(new Set(byStatus('confirmed'))).toEqual(new Set([...confirmed.slice(3), ...waitlist.slice(0, 3)].map((p) => p.id)));
    expect(byStatus('waitlisted')).toEqual([...waitlist.slice(3, 9).map((p) => p.id), ...byStatus('waitlisted').slice(6)]);
    expect(new Set(byStatus('waitlisted').slice(6))).toEqual(new Set(newcomers.map((p) => p.id)));
    expect(new Set(byStatus('cancelled'))).toEqual(new Set(leaving.map((p) => p.id)));
  });

  it('keeps its invariants through rounds of random concurrent registrations and cancellations', async () => {
    const capacity = 7;
    const eventId = await createEvent(coordinator, { capacity });
    const crowd = people.slice(20, 60);
    const registered = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const actions = crowd.map((p) => {
        if (Math.random() < 0.5) return Promise.resolve(null);
        const cancel = registered.has(p.id) && Math.random() < 0.5;
        return p.client.gql(cancel ? CANCEL_REGISTRATION : REGISTER, { eventId }).then((r) => ({ p, cancel, ok: !r.errors }));
      });
      for (const done of await Promise.all(actions)) {
        if (!done?.ok) continue;
        if (done.cancel) registered.delete(done.p.id);
        else registered.add(done.p.id);
      }
      const rows = await statusesOf(app.dataSource, eventId);
      const confirmedRows = rows.filter((r) => r.status === 'confirmed');
      const waitlisted = rows.filter((r) => r.status === 'waitlisted');
      expect(confirmedRows.length).toBeLessThanOrEqual(capacity);
      if (confirmedRows.length < capacity) expect(waitlisted).toEqual([]);
      expect(new Set([...confirmedRows, ...waitlisted].map((r) => r.member_id))).toEqual(registered);
      // Promotions in order: everyone promoted so far was ahead in the queue of everyone still waiting.
      const promoted: { queue: number }[] = await app.dataSource.query(
        `SELECT queue FROM event_registrations WHERE event_id = $1 AND status = 'confirmed' AND promoted_at IS NOT NULL`,
        [eventId],
      );
      const firstWaiting = Math.min(...waitlisted.map((r) => r.queue));
      for (const p of promoted) expect(p.queue).toBeLessThan(firstWaiting);
    }
  });
});
