import { describe, expect, it } from '@jest/globals';
import { canonicalTimeZone, eventQuestionsOpen } from '@liblab/domain';
import type { EventInput } from './dto/event.input.js';
import { eventInputProblems, registrationClosedReason } from './event-rules.js';
import { EventKindEnum } from './models/event-enums.js';

const now = new Date('2026-05-01T12:00:00Z');
const input = (overrides: Partial<EventInput> = {}): EventInput =>
  ({
    kind: EventKindEnum.MEETUP, title: 'Spotkanie', description: '', agenda: '', timeZone: 'Europe/Oslo',
    startsAt: new Date('2026-06-01T10:00:00Z'), endsAt: new Date('2026-06-01T12:00:00Z'),
    city: 'Oslo', speakers: [], sessions: [], breakoutRooms: [], ...overrides,
  }) as EventInput;
const fields = (i: EventInput, isNew = true) => eventInputProblems(i, now, isNew).map((p) => p.field).sort();

describe('event rules', () => {
  it('accept a valid meetup', () => {
    expect(fields(input())).toEqual([]);
  });

  it('name each broken rule as a field', () => {
    expect(fields(input({ endsAt: new Date('2026-06-01T09:00:00Z') }))).toEqual(['endsAt']);
    expect(fields(input({ registrationDeadline: new Date('2026-06-02T00:00:00Z') }))).toEqual(['registrationDeadline']);
    expect(fields(input({ city: null }))).toEqual(['city']);
    expect(fields(input({ kind: EventKindEnum.WEBINAR, city: null }))).toEqual([]);
    expect(fields(input({ startsAt: new Date('2026-04-01T10:00:00Z'), endsAt: new Date('2026-04-01T12:00:00Z') }))).toEqual(['startsAt']);
    expect(fields(input({ startsAt: new Date('2026-04-01T10:00:00Z'), endsAt: new Date('2026-04-01T12:00:00Z') }), false)).toEqual([]);
    expect(fields(input({ speakers: [{}, { name: 'Guest', memberId: '00000000-0000-4000-8000-000000000000' }] }))).toEqual(['speakers.0.name', 'speakers.1.name']);
  });

  it('keep sessions to conventions and inside the event', () => {
    const session = { title: 'Keynote', startsAt: new Date('2026-06-01T10:00:00Z'), endsAt: new Date('2026-06-01T11:00:00Z'), speakers: [] };
    expect(fields(input({ sessions: [session] }))).toEqual(['sessions']);
    const convention = { kind: EventKindEnum.CONVENTION };
    expect(fields(input({ ...convention, sessions: [session] }))).toEqual([]);
    expect(fields(input({ ...convention, sessions: [{ ...session, endsAt: session.startsAt }] }))).toEqual(['sessions.0.endsAt']);
    expect(fields(input({ ...convention, sessions: [{ ...session, endsAt: new Date('2026-06-01T13:00:00Z') }] }))).toEqual(['sessions.0.startsAt']);
  });

  it('keep breakout rooms to conventions, each with a room or a link, in a session of the programme', () => {
    const session = { title: 'Projektrum', startsAt: new Date('2026-06-01T10:00:00Z'), endsAt: new Date('2026-06-01T11:00:00Z'), speakers: [] };
    const room = { name: 'Rum 1', project: 'AI i Karlskrona', room: 'Sal B' };
    expect(fields(input({ breakoutRooms: [room] }))).toEqual(['breakoutRooms']);
    const convention = { kind: EventKindEnum.CONVENTION, sessions: [session] };
    expect(fields(input({ ...convention, breakoutRooms: [room, { ...room, room: null, url: 'https://meet.example.org/r2', sessionIndex: 0 }] }))).toEqual([]);
    expect(fields(input({ ...convention, breakoutRooms: [{ ...room, room: null }, { ...room, sessionIndex: 1 }] }))).toEqual([
      'breakoutRooms.0.room',
      'breakoutRooms.1.sessionIndex',
    ]);
  });

  it('open questions from the start until seven days after the end, never for cancelled events', () => {
    const event = { status: 'scheduled', startsAt: new Date('2026-05-01T10:00:00Z'), endsAt: new Date('2026-05-01T12:00:00Z') };
    expect(eventQuestionsOpen(event, new Date('2026-05-01T09:59:59Z'))).toBe(false);
    expect(eventQuestionsOpen(event, new Date('2026-05-01T10:00:00Z'))).toBe(true);
    expect(eventQuestionsOpen(event, new Date('2026-05-08T11:59:59Z'))).toBe(true);
    expect(eventQuestionsOpen(event, new Date('2026-05-08T12:00:00Z'))).toBe(false);
    expect(eventQuestionsOpen({ ...event, status: 'cancelled' }, new Date('2026-05-01T11:00:00Z'))).toBe(false);
  });

  it('close registration for cancelled, started and past-deadline events', () => {
    const open = { status: 'scheduled', startsAt: new Date('2026-06-01T10:00:00Z'), registrationDeadline: null };
    expect(registrationClosedReason(open, now)).toBeNull();
    expect(registrationClosedReason({ ...open, status: 'cancelled' }, now)?.reason).toBe('EVENT_CANCELLED');
    expect(registrationClosedReason({ ...open, startsAt: now }, now)?.reason).toBe('EVENT_STARTED');
    expect(registrationClosedReason({ ...open, registrationDeadline: new Date('2026-04-30T00:00:00Z') }, now)?.reason).toBe('DEADLINE_PASSED');
  });

  it('know IANA time zones and refuse anything else', () => {
    expect(canonicalTimeZone('Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(canonicalTimeZone('Europe/Atlantis')).toBeNull();
    expect(canonicalTimeZone('CET')).toBeNull();
    expect(canonicalTimeZone('+02:00')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});
