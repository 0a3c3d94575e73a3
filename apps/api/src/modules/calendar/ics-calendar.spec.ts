import { describe, expect, it } from '@jest/globals';
import { parseIcs } from '../../../test/support/ics.js';
import { buildIcs, type IcsEvent } from './ics-calendar.js';

const PUBLIC_URL = 'https://portal.example.org';

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    id: '6f1c7a52-1b1e-4c51-9d0e-3a4d8f0b2c11',
    kind: 'meetup',
    status: 'scheduled',
    title: 'Lokalne Spotkanie LABiB',
    description: 'Spotkanie bibliotekarzy; kawa, ciasto',
    agenda: '10:00 Kawa',
    startsAt: new Date('2026-10-24T16:00:00Z'),
    endsAt: new Date('2026-10-24T18:00:00Z'),
    timeZone: 'Europe/Warsaw',
    venue: 'Biblioteka Główna',
    address: 'ul. Koszykowa 26/28',
    city: 'Warszawa',
    version: 0,
    createdAt: new Date('2026-09-01T10:00:00Z'),
    updatedAt: new Date('2026-09-02T10:00:00Z'),
    speakers: ['Piotr Lewandowski'],
    sessions: [],
    ...overrides,
  };
}

describe('buildIcs', () => {
  it('writes times in the event’s own zone with its VTIMEZONE, right on both sides of the October change', () => {
    // Europe/Warsaw leaves summer time on Sunday 25 October 2026 at 03:00 (UTC+2 → UTC+1).
    const saturday = event({ id: '00000000-0000-4000-8000-000000000001', startsAt: new Date('2026-10-24T16:00:00Z'), endsAt: new Date('2026-10-24T18:00:00Z') });
    const sunday = event({ id: '00000000-0000-4000-8000-000000000002', startsAt: new Date('2026-10-25T17:00:00Z'), endsAt: new Date('2026-10-25T19:00:00Z') });
    const text = buildIcs([saturday, sunday], { publicUrl: PUBLIC_URL, language: 'en', name: 'LibLab: events', refreshSeconds: 3600 });
    // Both are 18:00 on the wall clock in Warsaw.
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20261024T180000');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20261025T180000');
    const parsed = parseIcs(text);
    expect(parsed.name).toBe('LibLab: events');
    expect(parsed.timezones).toEqual(['Europe/Warsaw']);
    expect(parsed.events.map((e) => [e.start.toISOString(), e.end.toISOString(), e.startZone])).toEqual([
      ['2026-10-24T16:00:00.000Z', '2026-10-24T18:00:00.000Z', 'Europe/Warsaw'],
      ['2026-10-25T17:00:00.000Z', '2026-10-25T19:00:00.000Z', 'Europe/Warsaw'],
    ]);
  });

  it('is right on both sides of the March change, and in a zone the tz database links to another (Oslo → Berlin)', () => {
    // Summer time starts on Sunday 28 March 2027 at 02:00 (UTC+1 → UTC+2) in Oslo, as in Warsaw.
    const before = event({ id: '00000000-0000-4000-8000-000000000003', timeZone: 'Europe/Oslo', startsAt: new Date('2027-03-27T09:00:00Z'), endsAt: new Date('2027-03-27T11:00:00Z') });
    const after = event({ id: '00000000-0000-4000-8000-000000000004', timeZone: 'Europe/Oslo', startsAt: new Date('2027-03-28T08:00:00Z'), endsAt: new Date('2027-03-28T10:00:00Z') });
    const text = buildIcs([before, after], { publicUrl: PUBLIC_URL, language: 'nb' });
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20270327T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20270328T100000');
    const parsed = parseIcs(text);
    expect(parsed.timezones).toEqual(['Europe/Oslo']);
    expect(parsed.events.map((e) => e.start.toISOString())).toEqual(['2027-03-27T09:00:00.000Z', '2027-03-28T08:00:00.000Z']);
  });

  it('names each entry stably and links it back to the event page, with its place, status and revision', () => {
    const text = buildIcs([event({ version: 3 })], { publicUrl: PUBLIC_URL, language: 'pl' });
    const [parsed] = parseIcs(text).events;
    expect(parsed).toMatchObject({
      uid: '6f1c7a52-1b1e-4c51-9d0e-3a4d8f0b2c11@portal.example.org',
      summary: 'Lokalne Spotkanie LABiB',
      location: 'Biblioteka Główna, ul. Koszykowa 26/28, Warszawa',
      url: `${PUBLIC_URL}/events/6f1c7a52-1b1e-4c51-9d0e-3a4d8f0b2c11`,
      status: 'CONFIRMED',
      sequence: 3,
      lastModified: new Date('2026-09-02T10:00:00Z'),
    });
    // Commas and semicolons are escaped in the file and read back as they were written.
    expect(text).toContain('Spotkanie bibliotekarzy\\; kawa\\, ciasto');
    expect(parsed.description).toContain('Spotkanie bibliotekarzy; kawa, ciasto');
    expect(parsed.description).toContain('Prelegenci: Piotr Lewandowski');
    expect(parsed.description).toContain(`Strona wydarzenia: ${PUBLIC_URL}/events/6f1c7a52-1b1e-4c51-9d0e-3a4d8f0b2c11`);
  });

  it('marks cancelled events and waitlisted places, and writes a join link only when the caller gives one', () => {
    const webinar = { kind: 'webinar' as const, venue: null, address: null, city: null };
    const text = buildIcs(
      [
        event({ ...webinar, id: '00000000-0000-4000-8000-000000000005', status: 'cancelled' }),
        event({ ...webinar, id: '00000000-0000-4000-8000-000000000006', registration: 'waitlisted' }),
        event({ ...webinar, id: '00000000-0000-4000-8000-000000000007', registration: 'confirmed', joinUrl: 'https://meet.example.org/room' }),
      ],
      { publicUrl: PUBLIC_URL, language: 'en' },
    );
    const [cancelled, waitlisted, confirmed] = parseIcs(text).events;
    expect(cancelled.status).toBe('CANCELLED');
    expect(waitlisted).toMatchObject({ status: 'TENTATIVE', summary: 'Lokalne Spotkanie LABiB (waitlist)', location: 'Online' });
    expect(waitlisted.description).toContain('You are on the waitlist');
    expect(waitlisted.description).toContain('Registered members find the join link on the event page.');
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', location: 'https://meet.example.org/room' });
    expect(confirmed.description).toContain('Join: https://meet.example.org/room');
    expect(text.match(/meet\.example\.org/g)).toHaveLength(2);
  });

  it('lists a convention’s programme in the event’s local time', () => {
    const text = buildIcs(
      [
        event({
          kind: 'convention',
          timeZone: 'Europe/Stockholm',
          sessions: [
            { title: 'Introduktion', startsAt: new Date('2026-06-10T07:00:00Z'), endsAt: new Date('2026-06-10T07:20:00Z'), room: 'Stora salen', track: null },
            { title: 'AI', startsAt: new Date('2026-06-10T07:20:00Z'), endsAt: new Date('2026-06-10T08:00:00Z'), room: 'Stora salen', track: 'AI' },
          ],
        }),
      ],
      { publicUrl: PUBLIC_URL, language: 'sv' },
    );
    expect(parseIcs(text).events[0].description).toContain(
      'Program (Europe/Stockholm):\n09:00–09:20 Introduktion · Stora salen\n09:20–10:00 AI · Stora salen · AI',
    );
  });

  it('falls back to UTC times for a zone it has no VTIMEZONE for (the API refuses such zones on input)', () => {
    const text = buildIcs([event({ timeZone: 'Mars/Olympus_Mons' })], { publicUrl: PUBLIC_URL, language: 'en' });
    expect(text).toContain('DTSTART:20261024T160000Z');
    const parsed = parseIcs(text);
    expect(parsed.timezones).toEqual([]);
    expect(parsed.events[0]).toMatchObject({ start: new Date('2026-10-24T16:00:00Z'), startZone: null });
  });
});
