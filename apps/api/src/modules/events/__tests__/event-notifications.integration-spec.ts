import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import type { GqlClient } from '../../../../test/support/gql-client.js';
import { inboxOf, MARK_READ, NOTIFICATION_ADDED, UPDATE_PREFERENCES } from '../../../../test/support/notifications.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';
import { settle, subscribe } from '../../../../test/support/ws-subscriber.js';
import { CANCEL_EVENT, CANCEL_REGISTRATION, createEvent, eventInput, REGISTER, REGISTRATION_CHANGED, UPDATE_EVENT } from './event-helpers.js';

/** Promotions from the waitlist and cancelled events are notifications: in the bell, live, and mailed per preference. */
describe('notifications about events', () => {
  let mail: SmtpInbox;
  let app: TestApp;
  let coordinator: { member: { id: string }; client: GqlClient };

  beforeAll(async () => {
    mail = await new SmtpInbox().start();
    app = await createTestApp({ config: { smtpUrl: mail.url, publicUrl: 'http://portal.test' } });
    coordinator = await signedInMember(app, { roles: ['member', 'coordinator'] });
  });

  afterAll(async () => {
    await app?.close();
    await mail?.stop();
  });

  const mailsTo = (email: string) => mail.messages.filter((m) => m.to?.some((a) => a.address === email));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('a promotion reaches the member live in the bell and by mail, in their language and the event’s local time', async () => {
    const eventId = await createEvent(coordinator.client, { capacity: 1, title: 'Språkkafé-treff', timeZone: 'Europe/Oslo', city: 'Fredrikstad', region: 'ostfold' });
    const first = await signedInMember(app);
    const second = await signedInMember(app, { locale: 'nb' });
    await first.client.ok(REGISTER, { eventId });
    await second.client.ok(REGISTER, { eventId });

    const bell = subscribe<any>(app.wsUrl, second.client.cookieHeader, NOTIFICATION_ADDED, {});
    const registration = subscribe<any>(app.wsUrl, second.client.cookieHeader, REGISTRATION_CHANGED, {});
    await settle();
    await first.client.ok(CANCEL_REGISTRATION, { eventId });

    const added = (await bell.next()).notificationAdded;
    expect(added).toMatchObject({
      unreadNotificationCount: 1,
      notification: { kind: 'WAITLIST_PROMOTED', actor: null, content: null, post: null, event: { id: eventId, title: 'Språkkafé-treff' } },
    });
    expect((await registration.next()).registrationChanged).toMatchObject({ reason: 'PROMOTED', registration: { status: 'CONFIRMED' } });
    await Promise.all([bell.close(), registration.close()]);

    const inbox = await inboxOf(second.client);
    expect(inbox.nodes.map((n) => [n.kind, n.event?.id, n.read])).toEqual([['WAITLIST_PROMOTED', eventId, false]]);
    expect((await second.client.ok(MARK_READ, { id: inbox.nodes[0].id })).markNotificationRead.read).toBe(true);

    const promoted = await mail.waitFor(second.member.email);
    expect(promoted.subject).toBe('Du har fått plass: Språkkafé-treff');
    expect(promoted.text).toContain(`http://portal.test/events/${eventId}`);
    expect(promoted.text).toMatch(/CES?T/); // the event's own zone is named
    expect(promoted.text).toContain('/settings/notifications');
    // The member who cancelled is told nothing about their own action.
    expect((await inboxOf(first.client)).total).toBe(0);
    expect(mailsTo(first.member.email)).toHaveLength(0);
  });

  it('a cancelled event notifies every live registrant once, names who cancelled, and mails only those who want it', async () => {
    const eventId = await createEvent(coordinator.client, { capacity: 2, title: 'Lokalne Spotkanie LABiB – Wrocław' });
    const confirmed = await signedInMember(app, { locale: 'pl' });
    const quiet = await signedInMember(app);
    const waitlisted = await signedInMember(app);
    const gone = await signedInMember(app);
    await gone.client.ok(REGISTER, { eventId });
    await gone.client.ok(CANCEL_REGISTRATION, { eventId });
    for (const p of [confirmed, quiet, waitlisted]) await p.client.ok(REGISTER, { eventId });
    await quiet.client.ok(UPDATE_PREFERENCES, { input: { preferences: [{ kind: 'EVENT_CANCELLED', email: false }] } });

    await coordinator.client.ok(CANCEL_EVENT, { id: eventId });
    for (const p of [confirmed, quiet, waitlisted]) {
      const { nodes } = await inboxOf(p.client);
      expect(nodes.map((n) => [n.kind, n.event?.id, n.actor?.id])).toEqual([['EVENT_CANCELLED', eventId, coordinator.member.id]]);
    }
    expect((await inboxOf(gone.client)).total).toBe(0);
    expect((await mail.waitFor(confirmed.member.email)).subject).toBe('Odwołane: Lokalne Spotkanie LABiB – Wrocław');
    await mail.waitFor(waitlisted.member.email);
    await pause(1000); // a mail sent by mistake would arrive by now
    expect(mailsTo(quiet.member.email)).toHaveLength(0);
    expect([mailsTo(confirmed.member.email).length, mailsTo(waitlisted.member.email).length]).toEqual([1, 1]);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE event_id = $1`, [eventId]);
    expect(count).toBe(3);
  });

  it('each promotion is told once: a capacity increase promotes the next in line, and a member who comes back and is promoted again is told again', async () => {
    const eventId = await createEvent(coordinator.client, { capacity: 1, title: 'Maker spaces' });
    const [a, b, c] = [await signedInMember(app), await signedInMember(app), await signedInMember(app)];
    for (const p of [a, b, c]) await p.client.ok(REGISTER, { eventId });

    await coordinator.client.ok(UPDATE_EVENT, { id: eventId, input: eventInput({ capacity: 2, title: 'Maker spaces' }) });
    await coordinator.client.ok(UPDATE_EVENT, { id: eventId, input: eventInput({ capacity: 2, title: 'Maker spaces' }) }); // nothing to promote
    const kindsOf = async (p: { client: GqlClient }) => (await inboxOf(p.client)).nodes.map((n) => n.kind);
    expect([await kindsOf(a), await kindsOf(b), await kindsOf(c)]).toEqual([[], ['WAITLIST_PROMOTED'], []]);

    // b gives the place up (c moves up), registers again at the end of the queue, and gets a place once more.
    await b.client.ok(CANCEL_REGISTRATION, { eventId });
    expect(await kindsOf(c)).toEqual(['WAITLIST_PROMOTED']);
    expect((await b.client.ok(REGISTER, { eventId })).registerForEvent.status).toBe('WAITLISTED');
    await a.client.ok(CANCEL_REGISTRATION, { eventId });
    expect(await kindsOf(b)).toEqual(['WAITLIST_PROMOTED', 'WAITLIST_PROMOTED']);
    expect(await kindsOf(c)).toEqual(['WAITLIST_PROMOTED']);
    await waitForMails(() => mailsTo(b.member.email).length >= 2);
    expect(mailsTo(b.member.email).map((m) => m.subject)).toEqual(['You have a place: Maker spaces', 'You have a place: Maker spaces']);
  });

  async function waitForMails(condition: () => boolean): Promise<void> {
    for (const deadline = Date.now() + 10_000; !condition(); ) {
      if (Date.now() > deadline) throw new Error('The expected mail did not arrive');
      await pause(100);
    }
  }
});
