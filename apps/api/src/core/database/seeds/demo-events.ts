/**
 * Demo events for `npm start`: upcoming webinars and meetups in Poland, Sweden and Norway (each in its own
 * time zone and language), and last year's sharing conference of "Biblioteken som tankesmedjor" with its
 * programme (seeds/000: 9–12, introduction, AI, debate and dialogue, priority groups, panel, questions,
 * project rooms). Times are local wall-clock times in the event's zone, a number of days from today.
 */
import type { EntityManager } from 'typeorm';
import type { EventKind } from '@liblab/domain';
import { CONVENTION_FOLLOW_UP, seedEventFollowUp, type DemoEventFollowUp } from './demo-event-followup.js';

interface DemoSession {
  title: string;
  /** Local "HH:MM" on the event's first day. */
  from: string;
  to: string;
  room?: string;
  track?: string;
  guests?: string[];
}

interface DemoEvent {
  kind: EventKind;
  title: string;
  description: string;
  agenda?: string;
  timeZone: string;
  /** Days from today (negative: past); local start and end times. */
  inDays: number;
  from: string;
  to: string;
  capacity: number | null;
  /** Registration closes this many days before the start. */
  deadlineDaysBefore?: number;
  city?: string;
  venue?: string;
  address?: string;
  region?: string;
  joinUrl?: string;
  organiser: string;
  /** Title of the demo thematic month it belongs to (demo-months-data.ts). */
  month?: string;
  speakers: string[];
  guests?: string[];
  sessions?: DemoSession[];
  /** Registered in this order (the capacity decides who is confirmed); attended: past events only. */
  registrants: string[];
  attended?: string[];
  /** Past events: questions asked at it and answered afterwards, recording and slides, breakout rooms. */
  followUp?: DemoEventFollowUp;
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    kind: 'webinar', title: 'GET it: drukarka 3D w małej bibliotece', timeZone: 'Europe/Warsaw', inDays: 6, from: '18:00', to: '19:30',
    description: 'Webinarium miesiąca tematycznego „GET it”. Jak zacząć pracę z drukarką 3D, ile to kosztuje i jakie warsztaty przyciągają dzieci i seniorów.',
    agenda: '18:00 Powitanie\n18:10 Drukarka 3D krok po kroku\n19:00 Pytania uczestników',
    capacity: 100, deadlineDaysBefore: 1, joinUrl: 'https://meet.liblab.demo/get-it-druk-3d',
    organiser: 'koordynator@liblab.demo', month: 'Nowe technologie w bibliotece', speakers: ['piotr.lewandowski@liblab.demo'],
    registrants: ['bibliotekarka@liblab.demo', 'anna.wojcik@liblab.demo', 'ewa.kaminska@liblab.demo'],
  },
  {
    kind: 'webinar', title: 'MOC promocji! Jak opowiadać o bibliotece w mediach społecznościowych', timeZone: 'Europe/Warsaw', inDays: 16, from: '12:00', to: '13:00',
    description: 'Ekspertka miesiąca pokazuje, jak planować posty, mierzyć zasięgi i pisać o wydarzeniach tak, żeby ludzie przychodzili.',
    capacity: null, joinUrl: 'https://meet.liblab.demo/moc-promocji',
    organiser: 'koordynator@liblab.demo', speakers: ['ekspertka@liblab.demo'],
    registrants: ['jan.mazur@liblab.demo', 'bibliotekarka@liblab.demo'],
  },
  {
    kind: 'meetup', title: 'Lokalne Spotkanie LABiB – Dolny Śląsk', timeZone: 'Europe/Warsaw', inDays: 12, from: '10:00', to: '14:00',
    description: 'Spotkanie bibliotekarzy z Dolnego Śląska: dzielimy się pomysłami na zajęcia z nowymi technologiami i planujemy wspólne działania.',
    agenda: '10:00 Kawa i poznanie się\n10:30 Prezentacje dobrych praktyk\n12:00 Warsztat w grupach\n13:30 Podsumowanie',
    capacity: 3, city: 'Wrocław', venue: 'Miejska Biblioteka Publiczna, sala konferencyjna', address: 'Rynek 58, 50-116 Wrocław', region: 'dolnoslaskie',
    organiser: 'koordynator@liblab.demo', month: 'Nowe technologie w bibliotece', speakers: ['piotr.lewandowski@liblab.demo'],
    registrants: ['anna.wojcik@liblab.demo', 'bibliotekarka@liblab.demo', 'ewa.kaminska@liblab.demo', 'jan.mazur@liblab.demo'],
  },
  {
    kind: 'webinar', title: 'AI och medborgarförslag: så hjälper biblioteket invånarna', timeZone: 'Europe/Stockholm', inDays: 9, from: '14:00', to: '15:00',
    description: 'Kan biblioteket stötta invånare att skriva medborgarförslag med hjälp av AI? Erfarenheter från pilotbiblioteken och tips för att komma i gång.',
    capacity: 50, deadlineDaysBefore: 2, joinUrl: 'https://meet.liblab.demo/ai-medborgarforslag',
    organiser: 'samordnare@liblab.demo', month: 'Nowe technologie w bibliotece', speakers: ['expert.sv@liblab.demo'],
    registrants: ['bibliotekarie@liblab.demo', 'karin.nilsson@liblab.demo', 'lars.ek@liblab.demo'],
  },
  {
    kind: 'meetup', title: 'Samtalskväll: hur anordnar man en debatt på biblioteket?', timeZone: 'Europe/Stockholm', inDays: 20, from: '17:30', to: '19:30',
    description: 'En träff för bibliotekarier i Halland och Skåne om biblioteket som arena för debatt och dialog.',
    capacity: 25, city: 'Halmstad', venue: 'Halmstads stadsbibliotek', address: 'Axel Olsons gata 1, 302 27 Halmstad', region: 'halland',
    organiser: 'samordnare@liblab.demo', speakers: ['bibliotekarie@liblab.demo'],
    registrants: ['lars.ek@liblab.demo', 'ingrid.sjoberg@liblab.demo'],
  },
  {
    kind: 'meetup', title: 'Språkkafé-treff for bibliotekarer i Østfold og Viken', timeZone: 'Europe/Oslo', inDays: 8, from: '12:00', to: '15:00',
    description: 'Vi deler erfaringer med språkkafé, flerspråklige tilbud og leselyst for barn. Ta med en idé du vil teste!',
    agenda: '12:00 Lunsj\n12:30 Erfaringer fra Fredrikstad\n13:30 Verksted i grupper',
    capacity: 30, city: 'Fredrikstad', venue: 'Fredrikstad bibliotek', address: 'Kirkegata 2, 1606 Fredrikstad', region: 'ostfold',
    organiser: 'koordinator@liblab.demo', speakers: ['bibliotekar@liblab.demo'],
    registrants: ['marte.lie@liblab.demo', 'erik.johansen@liblab.demo', 'nils.dahl@liblab.demo'],
  },
  {
    kind: 'webinar', title: 'Maker spaces i folkebiblioteket', timeZone: 'Europe/Oslo', inDays: 25, from: '10:00', to: '11:00',
    description: 'Hvordan bygge opp et verksted med 3D-skrivere, symaskiner og elektronikk – og få innbyggerne til å bruke det.',
    capacity: 80, joinUrl: 'https://meet.liblab.demo/maker-spaces',
    organiser: 'koordinator@liblab.demo', speakers: ['ekspert.nb@liblab.demo'],
    registrants: ['marte.lie@liblab.demo', 'expert.sv@liblab.demo'],
  },
  {
    kind: 'convention', title: 'Delningskonferens: Biblioteken som tankesmedjor', timeZone: 'Europe/Stockholm', inDays: -45, from: '09:00', to: '12:00',
    description: 'Biblioteken som tankesmedjor bjuder in till en konferens om bibliotekens demokratiska uppdrag. Nio kommuner delar med sig av lärdomar från projektet.',
    capacity: 120, city: 'Malmö', venue: 'Malmö stadsbibliotek, Slottet', address: 'Regementsgatan 3, 211 42 Malmö', region: 'skane',
    organiser: 'samordnare@liblab.demo', speakers: ['samordnare@liblab.demo'], guests: ['Karin Grönvall', 'Joanna Holden'],
    sessions: [
      { title: 'Introduktion', from: '09:00', to: '09:20', room: 'Stora salen', guests: ['Karin Grönvall', 'Joanna Holden'] },
      { title: 'Artificiell intelligens: Karlskrona och Vaggeryd', from: '09:20', to: '10:00', room: 'Stora salen', track: 'AI' },
      { title: 'Debatt och dialog: Lund, Oskarshamn, Emmaboda och Ystad', from: '10:00', to: '10:40', room: 'Stora salen', track: 'Demokrati' },
      { title: 'Prioriterade målgrupper: Halmstad, Hylte och Lund', from: '10:40', to: '11:10', room: 'Stora salen', track: 'Målgrupper' },
      { title: 'Panelsamtal', from: '11:10', to: '11:40', room: 'Stora salen', guests: ['Annika Wernborg'] },
      { title: 'Frågor', from: '11:40', to: '12:00', room: 'Stora salen' },
      { title: 'Projektrum: ställ frågor till varje projekt', from: '11:40', to: '12:00', room: 'Projektrum 1–9', track: 'Projektrum' },
    ],
    registrants: ['bibliotekarie@liblab.demo', 'lars.ek@liblab.demo', 'karin.nilsson@liblab.demo', 'ingrid.sjoberg@liblab.demo', 'expert.sv@liblab.demo'],
    attended: ['bibliotekarie@liblab.demo', 'lars.ek@liblab.demo', 'ingrid.sjoberg@liblab.demo'],
    followUp: CONVENTION_FOLLOW_UP,
  },
];

/** The instant at which the wall clock in `timeZone` shows `date` (y-m-d) and `time` (HH:MM). */
export function zonedInstant(date: { y: number; m: number; d: number }, time: string, timeZone: string): Date {
  const [h, min] = time.split(':').map(Number);
  const wall = Date.UTC(date.y, date.m - 1, date.d, h, min);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(new Date(instant))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute) - instant;
  };
  // Two passes settle the offset across a daylight-saving change.
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/**
 * Events, programmes, registrations and past events' follow-up (questions and answers, materials, breakout
 * rooms), inside the caller's transaction (members and thematic months already exist). Their reminder jobs
 * are queued when the app starts (ReminderScheduler.scheduleUpcoming).
 */
export async function seedDemoEvents(manager: EntityManager): Promise<{ events: number; posts: number }> {
  const rows: { id: string; email: string; library_id: string | null; roles: string[] }[] = await manager.query(
    'SELECT id, email, library_id, roles FROM members',
  );
  const byEmail = new Map(rows.map((m) => [m.email, m]));
  const seedMember = (email: string) => {
    const found = byEmail.get(email);
    if (!found) throw new Error(`Demo events name an unknown demo member: ${email}`);
    return found;
  };
  const member = (email: string): string => seedMember(email).id;
  let posts = 0;
  const months: { id: string; title: string }[] = await manager.query('SELECT id, title FROM months');
  const monthOf = (title: string): string => {
    const found = months.find((m) => m.title === title);
    if (!found) throw new Error(`Demo events name an unknown demo month: ${title}`);
    return found.id;
  };
  const today = new Date();
  for (const e of DEMO_EVENTS) {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + e.inDays));
    const date = { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
    const startsAt = zonedInstant(date, e.from, e.timeZone);
    const endsAt = zonedInstant(date, e.to, e.timeZone);
    const speakers = [...e.speakers.map((s) => ({ memberId: member(s), name: null })), ...(e.guests ?? []).map((name) => ({ memberId: null, name }))];
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO events (kind, title, description, agenda, starts_at, ends_at, time_zone, capacity, registration_deadline,
                           city, venue, address, region, join_url, speakers, created_by_id, month_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [
        e.kind, e.title, e.description, e.agenda ?? '', startsAt, endsAt, e.timeZone, e.capacity,
        e.deadlineDaysBefore ? new Date(startsAt.getTime() - e.deadlineDaysBefore * 86_400_000) : null,
        e.city ?? null, e.venue ?? null, e.address ?? null, e.region ?? null, e.joinUrl ?? null, JSON.stringify(speakers), member(e.organiser),
        e.month ? monthOf(e.month) : null,
      ],
    );
    for (const s of e.sessions ?? []) {
      await manager.query(
        `INSERT INTO event_sessions (event_id, title, starts_at, ends_at, room, track, speakers) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, s.title, zonedInstant(date, s.from, e.timeZone), zonedInstant(date, s.to, e.timeZone), s.room ?? null, s.track ?? null,
          JSON.stringify((s.guests ?? []).map((name) => ({ memberId: null, name })))],
      );
    }
    // One at a time, in order: the queue sequence then records who came first.
    for (const [i, email] of e.registrants.entries()) {
      const confirmed = e.capacity === null || i < e.capacity;
      await manager.query(
        `INSERT INTO event_registrations (event_id, member_id, status, registered_at, attended) VALUES ($1, $2, $3, $4, $5)`,
        [id, member(email), confirmed ? 'confirmed' : 'waitlisted', new Date(Math.min(Date.now(), startsAt.getTime()) - (10 - i) * 3_600_000),
          e.attended && confirmed ? e.attended.includes(email) : null],
      );
    }
    if (e.followUp) posts += await seedEventFollowUp(manager, { id, startsAt, endsAt }, e.followUp, seedMember);
  }
  return { events: DEMO_EVENTS.length, posts };
}
