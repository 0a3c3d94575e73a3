import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createTestApp, createTestDatabase, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import type { GqlClient } from '../../../../test/support/gql-client.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';
import { DEMO_EVENTS } from '../../../core/database/seeds/demo-events.js';
import {
  CANCEL_EVENT, CANCEL_REGISTRATION, createEvent, DAY, eventInput, HOUR, moveEvent, REGISTER, UPDATE_EVENT,
} from '../../events/__tests__/event-helpers.js';
import { reminderTimeText } from '../reminder-mail.js';
import { reminderJobId, type ReminderKind } from '../reminder-plan.js';
import { ReminderScheduler } from '../reminder-scheduler.service.js';
import { ReminderSender } from '../reminder-sender.service.js';

const JOIN_LINK = 'https://meet.example.org/reminder-room';

function webinarInput(startsAt: Date, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return eventInput({
    kind: 'WEBINAR',
    title: 'Webinarium: drukarka 3D',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
    city: null,
    venue: null,
    address: null,
    region: null,
    joinUrl: JOIN_LINK,
    ...overrides,
  });
}

interface JobRow {
  id: string;
  state: string;
  start_after: Date;
  data: { eventId: string; version: number; kind: ReminderKind };
}

async function reminderJobs(ds: DataSource, eventId: string): Promise<JobRow[]> {
  return ds.query(
    `SELECT id, state, start_after, data FROM pgboss.job WHERE name = 'event-reminder' AND data->>'eventId' = $1
      ORDER BY (data->>'version')::int, start_after`,
    [eventId],
  );
}

/**
 * Makes the reminder jobs of an event (of one version, or all) due now, as if their time had come, and
 * waits until they and the mail jobs they queue have run.
 */
async function runReminders(ds: DataSource, eventId: string, kind: ReminderKind, version?: number): Promise<void> {
  const ids: { id: string }[] = await ds.query(
    `UPDATE pgboss.job SET start_after = now() WHERE name = 'event-reminder' AND state = 'created'
        AND data->>'eventId' = $1 AND data->>'kind' = $2 AND ($3::int IS NULL OR (data->>'version')::int = $3)
     RETURNING id`,
    [eventId, kind, version ?? null],
  ).then(([rows]: [{ id: string }[], number]) => rows);
  expect(ids.length).toBeGreaterThan(0);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [{ waiting }]: { waiting: number }[] = await ds.query(
      `SELECT count(*)::int AS waiting FROM pgboss.job
        WHERE (id = ANY($1::uuid[]) AND state <> 'completed')
           OR (name = 'event-reminder-mail' AND state IN ('created', 'retry', 'active'))`,
      [ids.map((r) => r.id)],
    );
    if (waiting === 0) return;
    if (Date.now() > deadline) throw new Error(`${waiting} reminder jobs still waiting after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Reminder mails (not registration mails) received by one address. */
function remindersTo(inbox: SmtpInbox, email: string) {
  return inbox.messages.filter(
    (m) => m.to?.some((a) => a.address?.toLowerCase() === email.toLowerCase()) && /Reminder|Przypomnienie|Påminnelse|in an hour|Za godzinę|om en timme|om en time/.test(m.subject ?? ''),
  );
}

describe('event reminders', () => {
  let app: TestApp;
  let inbox: SmtpInbox;
  let coordinator: GqlClient;

  beforeAll(async () => {
    inbox = await new SmtpInbox().start();
    app = await createTestApp({ config: { smtpUrl: inbox.url, publicUrl: 'http://portal.test' } });
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
  });

  afterAll(async () => {
    await app?.close();
    await inbox?.stop();
  });

  it('are queued with the event: a day and an hour before a webinar, a day before a meetup', async () => {
    const start = new Date(Date.now() + 3 * DAY);
    const webinar = await createEvent(coordinator, webinarInput(start));
    const meetup = await createEvent(coordinator, { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * HOUR).toISOString() });
    const ofWebinar = await reminderJobs(app.dataSource, webinar);
    expect(ofWebinar.map((j) => [j.id, j.data.kind, new Date(j.start_after).getTime()])).toEqual([
      [reminderJobId(webinar, 0, 'day_before'), 'day_before', start.getTime() - DAY],
      [reminderJobId(webinar, 0, 'hour_before'), 'hour_before', start.getTime() - HOUR],
    ]);
    expect((await reminderJobs(app.dataSource, meetup)).map((j) => [j.data.kind, new Date(j.start_after).getTime()])).toEqual([
      ['day_before', start.getTime() - DAY],
    ]);
    // An event starting within the day gets no day-before reminder (its time has passed), only the hour-before one.
    const soon = await createEvent(coordinator, webinarInput(new Date(Date.now() + 5 * HOUR)));
    expect((await reminderJobs(app.dataSource, soon)).map((j) => j.data.kind)).toEqual(['hour_before']);
  });

  it('mail confirmed registrants the day before with the join link, in their language, once; whoever registers later gets no stale reminder', async () => {
    const start = new Date(Date.now() + 30 * HOUR);
    const webinar = await createEvent(coordinator, webinarInput(start, { capacity: 2 }));
    const polish = await signedInMember(app, { locale: 'pl', name: 'Anna Nowak' });
    const swedish = await signedInMember(app, { locale: 'sv', name: 'Karin Nilsson' });
    const waiting = await signedInMember(app, { locale: 'nb', name: 'Ola Haugen' });
    for (const m of [polish, swedish, waiting]) await m.client.ok(REGISTER, { eventId: webinar });

    await runReminders(app.dataSource, webinar, 'day_before');
    const [pl] = remindersTo(inbox, polish.member.email);
    expect(pl.subject).toBe('Przypomnienie: Webinarium: drukarka 3D');
    expect(pl.text).toContain('Dzień dobry Anna Nowak');
    expect(pl.text).toContain(JOIN_LINK);
    expect(pl.text).toContain(`${reminderTimeText(start, 'Europe/Warsaw', 'pl')}`);
    expect(pl.text).toContain('(Europe/Warsaw)');
    expect(pl.text).toContain(`http://portal.test/events/${webinar}`);
    const [sv] = remindersTo(inbox, swedish.member.email);
    expect(sv.subject).toBe('Påminnelse: Webinarium: drukarka 3D');
    expect(sv.text).toContain(JOIN_LINK);
    // The waitlist is not reminded and never sees the join link.
    expect(remindersTo(inbox, waiting.member.email)).toHaveLength(0);

    // The day-before point passes (the event is now 23 h away). The Polish member gives up the place and the
    // waitlisted one is promoted: a late or repeated run of the day-before reminder mails nobody anew (not the
    // promoted member, not the others twice), while the hour-before one reaches both confirmed members.
    await moveEvent(app.dataSource, webinar, new Date(Date.now() + 23 * HOUR), new Date(Date.now() + 24 * HOUR));
    await polish.client.ok(CANCEL_REGISTRATION, { eventId: webinar });
    const sender = app.running.app.get(ReminderSender);
    await sender.fanOut({ eventId: webinar, version: 0, kind: 'day_before' });
    await runReminders(app.dataSource, webinar, 'hour_before');
    const mailed = (email: string) => remindersTo(inbox, email).map((m) => m.subject);
    expect(mailed(polish.member.email)).toEqual(['Przypomnienie: Webinarium: drukarka 3D']);
    expect(mailed(swedish.member.email)).toEqual(['Påminnelse: Webinarium: drukarka 3D', 'Börjar om en timme: Webinarium: drukarka 3D']);
    expect(mailed(waiting.member.email)).toEqual(['Starter om en time: Webinarium: drukarka 3D']);
    expect(remindersTo(inbox, waiting.member.email)[0].text).toContain(JOIN_LINK);
  });

  it('send nothing for a cancelled event', async () => {
    const eventId = await createEvent(coordinator, { title: 'Odwołane spotkanie' }, 1.25);
    const member = await signedInMember(app);
    await member.client.ok(REGISTER, { eventId });
    await coordinator.ok(CANCEL_EVENT, { id: eventId });
    // Cancelling queues nothing new; the job already queued finds the event cancelled.
    expect((await reminderJobs(app.dataSource, eventId)).map((j) => j.data.version)).toEqual([0]);
    await runReminders(app.dataSource, eventId, 'day_before');
    expect(remindersTo(inbox, member.member.email)).toHaveLength(0);
    const [{ mails }]: { mails: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS mails FROM pgboss.job WHERE name = 'event-reminder-mail' AND data->>'registrationId' IN
         (SELECT id::text FROM event_registrations WHERE event_id = $1)`,
      [eventId],
    );
    expect(mails).toBe(0);
  });

  it('remind at the new time only when an event is moved', async () => {
    const first = new Date(Date.now() + 30 * HOUR);
    const moved = new Date(Date.now() + 50 * HOUR);
    const eventId = await createEvent(coordinator, {
      title: 'Przeniesione spotkanie', startsAt: first.toISOString(), endsAt: new Date(first.getTime() + 2 * HOUR).toISOString(),
    });
    const member = await signedInMember(app);
    await member.client.ok(REGISTER, { eventId });
    await coordinator.ok(UPDATE_EVENT, {
      id: eventId,
      input: eventInput({ title: 'Przeniesione spotkanie', startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 2 * HOUR).toISOString() }),
    });
    const jobs = await reminderJobs(app.dataSource, eventId);
    expect(jobs.map((j) => [j.data.version, new Date(j.start_after).getTime()])).toEqual([
      [0, first.getTime() - DAY],
      [1, moved.getTime() - DAY],
    ]);

    await runReminders(app.dataSource, eventId, 'day_before', 0);
    expect(remindersTo(inbox, member.member.email)).toHaveLength(0);
    await runReminders(app.dataSource, eventId, 'day_before', 1);
    const mails = remindersTo(inbox, member.member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(reminderTimeText(moved, 'Europe/Warsaw', 'en'));
    expect(mails[0].text).not.toContain(reminderTimeText(first, 'Europe/Warsaw', 'en'));
  });
});

describe('event reminders with two API processes', () => {
  it('mail each registrant once while both processes take jobs, and survive a restart', async () => {
    const database = await createTestDatabase();
    if (!database.url) {
      console.warn('\n*** No PostgreSQL: two processes cannot share the embedded database; the two-process reminder test is SKIPPED. ***\n');
      return;
    }
    const inbox = await new SmtpInbox().start();
    const config = { smtpUrl: inbox.url, publicUrl: 'http://portal.test' };
    const open = new Set<TestApp>();
    const start = async () => {
      const started = await createTestApp({ database, config });
      open.add(started);
      return started;
    };
    const stop = async (stopped: TestApp) => {
      open.delete(stopped);
      await stopped.close();
    };
    const a = await start();
    const b = await start();
    try {
      const coordinator = await signedInMember(a, { roles: ['member', 'coordinator'] });
      const eventId = await createEvent(coordinator.client, webinarInput(new Date(Date.now() + 30 * HOUR), { capacity: null }));
      const registrants = [];
      for (let i = 0; i < 8; i++) {
        const member = await signedInMember(i % 2 ? a : b);
        await member.client.ok(REGISTER, { eventId });
        registrants.push(member.member);
      }
      // The job falls due while both processes poll; besides, both fan out the same reminder by hand at once.
      const job = { eventId, version: 0, kind: 'day_before' as const };
      await Promise.all([runReminders(a.dataSource, eventId, 'day_before'), a.running.app.get(ReminderSender).fanOut(job), b.running.app.get(ReminderSender).fanOut(job)]);
      const perRegistrant = registrants.map((m) => remindersTo(inbox, m.email).filter((mail) => mail.subject!.startsWith('Reminder')).length);
      expect(perRegistrant).toEqual(registrants.map(() => 1));
      const [{ mailJobs }]: { mailJobs: number }[] = await a.dataSource.query(
        `SELECT count(*)::int AS "mailJobs" FROM pgboss.job WHERE name = 'event-reminder-mail' AND data->>'kind' = 'day_before'`,
      );
      expect(mailJobs).toBe(registrants.length);

      // Scheduled by a process that then stops; a new process on the same database sends it.
      const later = await createEvent(coordinator.client, webinarInput(new Date(Date.now() + 40 * HOUR), { title: 'Po restarcie' }));
      const member = await signedInMember(b);
      await member.client.ok(REGISTER, { eventId: later });
      await stop(a);
      await stop(b);
      const c = await start();
      await runReminders(c.dataSource, later, 'day_before');
      expect(remindersTo(inbox, member.member.email).map((m) => m.subject)).toEqual(['Reminder: Po restarcie']);
    } finally {
      for (const running of open) await running.close();
      await inbox.stop();
      await database.drop();
    }
  });
});

describe('demo reminders', () => {
  it('are queued for every upcoming demo event when the demo starts, and not again on the next start', async () => {
    const app = await createTestApp({ config: { seedDemoData: true } });
    try {
      const upcoming = DEMO_EVENTS.filter((e) => e.inDays > 1);
      const rows: { kind: string; title: string; jobs: number; month: string | null }[] = await app.dataSource.query(
        `SELECT e.kind, e.title, m.title AS month,
                (SELECT count(*)::int FROM pgboss.job j WHERE j.name = 'event-reminder' AND j.data->>'eventId' = e.id::text) AS jobs
           FROM events e LEFT JOIN months m ON m.id = e.month_id WHERE e.starts_at > now()`,
      );
      expect(rows).toHaveLength(upcoming.length);
      for (const row of rows) expect([row.title, row.jobs]).toEqual([row.title, row.kind === 'webinar' ? 2 : 1]);
      expect(rows.filter((r) => r.month === 'Nowe technologie w bibliotece').map((r) => r.title).sort()).toEqual(
        DEMO_EVENTS.filter((e) => e.month).map((e) => e.title).sort(),
      );
      const before = rows.reduce((sum, r) => sum + r.jobs, 0);
      await app.running.app.get(ReminderScheduler).scheduleUpcoming();
      const [{ after }]: { after: number }[] = await app.dataSource.query(`SELECT count(*)::int AS after FROM pgboss.job WHERE name = 'event-reminder'`);
      expect(after).toBe(before);
    } finally {
      await app.close();
    }
  });
});
