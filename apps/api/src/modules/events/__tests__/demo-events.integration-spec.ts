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
});
