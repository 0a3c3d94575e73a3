import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { EventBreakoutRoomEntity } from './entities/event-breakout-room.entity.js';
import { EventRegistrationEntity } from './entities/event-registration.entity.js';
import { EventSessionEntity } from './entities/event-session.entity.js';
import { EventEntity } from './entities/event.entity.js';

export interface EventCounts {
  confirmed: number;
  waitlisted: number;
  /** Confirmed registrations marked as attended. */
  attended: number;
}

/** Key of a member's registration at an event. */
export interface RegistrationKey {
  eventId: string;
  memberId: string;
}

/** A thematic month lists at most this many events (a month has a handful; the cap keeps the list bounded). */
export const MONTH_EVENTS_MAX = 100;

export function createEventLoaders(dataSource: DataSource) {
  return {
    eventById: new DataLoader<string, EventEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(EventEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    eventRegistrationById: new DataLoader<string, EventRegistrationEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(EventRegistrationEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Confirmed, waitlisted and attended counts for any number of events, one statement. */
    eventCounts: new DataLoader<string, EventCounts>(async (ids) => {
      const rows: { event_id: string; confirmed: number; waitlisted: number; attended: number }[] = await dataSource.query(
        `SELECT event_id, count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
                count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'confirmed' AND attended)::int AS attended
           FROM event_registrations WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.event_id, { confirmed: r.confirmed, waitlisted: r.waitlisted, attended: r.attended }]));
      return ids.map((id) => byId.get(id) ?? { confirmed: 0, waitlisted: 0, attended: 0 });
    }),

    /** A member's live (confirmed or waitlisted) registration per event, or null. One statement. */
    liveRegistration: new DataLoader<RegistrationKey, EventRegistrationEntity | null, string>(
      async (keys) => {
        const rows = await dataSource.getRepository(EventRegistrationEntity).findBy({
          eventId: In([...new Set(keys.map((k) => k.eventId))]),
          memberId: In([...new Set(keys.map((k) => k.memberId))]),
          status: In(['confirmed', 'waitlisted']),
        });
        const byKey = new Map(rows.map((r) => [`${r.eventId}:${r.memberId}`, r]));
        return keys.map((k) => byKey.get(`${k.eventId}:${k.memberId}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.eventId}:${k.memberId}` },
    ),

    /** 1-based place on its event's waitlist for waitlisted registrations (null otherwise). One statement. */
    waitlistPosition: new DataLoader<string, number | null>(async (ids) => {
      const rows: { id: string; position: number }[] = await dataSource.query(
        `SELECT id, position FROM (
           SELECT r.id, row_number() OVER (PARTITION BY r.event_id ORDER BY r.queue)::int AS position
             FROM event_registrations r
            WHERE r.status = 'waitlisted'
              AND r.event_id IN (SELECT event_id FROM event_registrations WHERE id = ANY($1::uuid[]))
         ) q WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r.position]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Each month's events by start (at most MONTH_EVENTS_MAX each): one statement for any number of months. */
    eventsByMonth: new DataLoader<string, EventEntity[]>(async (monthIds) => {
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT * FROM (
           SELECT e.*, row_number() OVER (PARTITION BY e.month_id ORDER BY e.starts_at, e.id) AS rn
             FROM events e WHERE e.month_id = ANY($1::uuid[])
         ) w WHERE w.rn <= $2 ORDER BY w.month_id, w.rn`,
        [[...monthIds], MONTH_EVENTS_MAX],
      );
      const events = rowsToEntities(dataSource, EventEntity, rows);
      const byMonth = new Map<string, EventEntity[]>();
      for (const event of events) byMonth.set(event.monthId!, [...(byMonth.get(event.monthId!) ?? []), event]);
      return monthIds.map((id) => byMonth.get(id) ?? []);
    }),

    /** A convention's programme, by start time. One statement for any number of events. */
    sessionsByEvent: new DataLoader<string, EventSessionEntity[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(EventSessionEntity)
        .createQueryBuilder('s')
        .where('s.event_id IN (:...ids)', { ids: [...ids] })
        .orderBy('s.starts_at')
        .addOrderBy('s.title')
        .addOrderBy('s.id')
        .getMany();
      const byEvent = new Map<string, EventSessionEntity[]>();
      for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
      return ids.map((id) => byEvent.get(id) ?? []);
    }),

    /** A convention's breakout rooms in their order. One statement for any number of events. */
    breakoutRoomsByEvent: new DataLoader<string, EventBreakoutRoomEntity[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(EventBreakoutRoomEntity)
        .createQueryBuilder('b')
        .where('b.event_id IN (:...ids)', { ids: [...ids] })
        .orderBy('b.position')
        .getMany();
      const byEvent = new Map<string, EventBreakoutRoomEntity[]>();
      for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
      return ids.map((id) => byEvent.get(id) ?? []);
    }),
  };
}
