import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signIn } from '../../../../test/support/factories.js';
import { DEMO_PASSWORD } from '../../../core/database/seeds/demo-data.js';
import { zonedInstant } from '../../../core/database/seeds/demo-events.js';
import { seedDemoData } from '../../../core/database/seeds/demo-seed.js';

describe('demo events', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    await seedDemoData(app.dataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('place local times in their zone, across daylight saving', () => {
    expect(zonedInstant({ y: 2026, m: 1, d: 15 }, '18:00', 'Europe/Warsaw').toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(zonedInstant({ y: 2026, m: 7, d: 15 }, '18:00', 'Europe/Oslo').toISOString()).toBe('2026-07-15T16:00:00.000Z');
    // The Sunday clocks go forward (29 March 2026): 09:00 is already summer time.
    expect(zonedInstant({ y: 2026, m: 3, d: 29 }, '09:00', 'Europe/Stockholm').toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('offer upcoming webinars and meetups in three time zones, a full meetup with a waitlist, and a past convention with its programme', async () => {
    const client = app.client();
    await signIn(client, 'bibliotekarka@liblab.demo', DEMO_PASSWORD);
    const { events } = await client.ok(`{ events(first: 50) { edges { node { kind title timeZone city placesLeft waitlistCount joinUrl viewerRegistration { status } } } } }`);
    const nodes = events.edges.map((e: any) => e.node);
    expect(new Set(nodes.map((n: any) => n.timeZone))).toEqual(new Set(['Europe/Warsaw', 'Europe/Stockholm', 'Europe/Oslo']));
    expect(nodes.filter((n: any) => n.kind === 'WEBINAR').length).toBeGreaterThanOrEqual(3);
    expect(new Set(nodes.filter((n: any) => n.kind === 'MEETUP').map((n: any) => n.city))).toEqual(new Set(['Wrocław', 'Halmstad', 'Fredrikstad']));
    const wroclaw = nodes.find((n: any) => n.city === 'Wrocław');
    expect(wroclaw).toMatchObject({ placesLeft: 0, waitlistCount: 1, viewerRegistration: { status: 'CONFIRMED' } });
    const druk = nodes.find((n: any) => n.title.startsWith('GET it'));
    expect(druk).toMatchObject({ joinUrl: 'https://meet.liblab.demo/get-it-druk-3d', viewerRegistration: { status: 'CONFIRMED' } });

    const past = await client.ok(`{ events(first: 5, filter: { past: true, kind: CONVENTION }) { edges { node { title sessions { title room } speakers { name } } } } }`);
    const convention = past.events.edges[0].node;
    expect(convention.title).toBe('Delningskonferens: Biblioteken som tankesmedjor');
    expect(convention.sessions[0]).toEqual({ title: 'Introduktion', room: 'Stora salen' });
    expect(convention.sessions).toHaveLength(7);
    expect(convention.speakers.map((s: any) => s.name)).toEqual(['Elin Lindqvist', 'Karin Grönvall', 'Joanna Holden']);
  });

  it('show the past convention’s questions answered afterwards, its recording and slides, breakout rooms and attendance', async () => {
    const organiser = app.client();
    await signIn(organiser, 'samordnare@liblab.demo', DEMO_PASSWORD);
    const { events } = await organiser.ok(`{ events(first: 1, filter: { past: true, kind: CONVENTION }) { edges { node { id } } } }`);
    const { event: convention } = await organiser.ok(`query E($id: ID!) { event(id: $id) {
      startsAt endsAt recordingUrl slidesUrl attendedCount questionCount unansweredQuestionCount questionsOpen
      questions(first: 10) { edges { node { title createdAt answerCount answers(first: 5) { edges { node { createdAt } } } } } }
      breakoutRooms { name project room url session { title } }
    } }`, { id: events.edges[0].node.id });
    expect(convention).toMatchObject({
      recordingUrl: expect.stringMatching(/^https:\/\//), slidesUrl: expect.stringMatching(/^https:\/\//),
      attendedCount: 3, questionCount: 4, unansweredQuestionCount: 1, questionsOpen: false,
    });
    const questions = convention.questions.edges.map((e: any) => e.node);
    for (const q of questions) {
      // Asked during the event, answered after it.
      expect(Date.parse(q.createdAt)).toBeGreaterThanOrEqual(Date.parse(convention.startsAt));
      expect(Date.parse(q.createdAt)).toBeLessThanOrEqual(Date.parse(convention.endsAt));
      for (const a of q.answers.edges) expect(Date.parse(a.node.createdAt)).toBeGreaterThan(Date.parse(convention.endsAt));
    }
    expect(questions.map((q: any) => q.answerCount)).toEqual([1, 1, 2, 0]);
    expect(convention.breakoutRooms.length).toBeGreaterThanOrEqual(5);
    expect(convention.breakoutRooms[0]).toMatchObject({ name: 'Projektrum 1', session: { title: 'Projektrum: ställ frågor till varje projekt' } });
    expect(convention.breakoutRooms[0].url).toMatch(/^https:\/\//); // an organiser sees the online rooms
  });
});
