import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ALL_REGIONS } from '@liblab/domain';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { isUuid } from '../../core/graphql/errors.js';
import { EventSessionEntity } from '../events/entities/event-session.entity.js';
import { EventEntity, type EventSpeakerRecord } from '../events/entities/event.entity.js';
import type { IcsEvent } from './ics-calendar.js';

/**
 * Feeds are bounded: events that ended up to FEED_PAST_DAYS ago and everything after, soonest first, at
 * most FEED_MAX_EVENTS (a month's feed has no time window, the same cap). Older entries drop out of a
 * subscribed calendar; that is what a network's calendar needs, and a feed stays a few hundred kB at most.
 */
export const FEED_PAST_DAYS = 60;
export const FEED_MAX_EVENTS = 300;

const WINDOW = `e.ends_at >= now() - make_interval(days => ${FEED_PAST_DAYS})`;

/** A member's registration as the private feed reads it. */
type RegisteredRow = Record<string, unknown> & { r_status: 'confirmed' | 'waitlisted' };

/**
 * Reads the events of each calendar file with a constant number of statements whatever their number: the
 * events (one), their programmes (one) and their member speakers' names (one).
 */
@Injectable()
export class CalendarFeedsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One event (any kind or status: events are public), or null for an unknown or malformed id. */
  async event(id: string): Promise<IcsEvent | null> {
    if (!isUuid(id)) return null;
    const [event] = await this.withDetails(await this.events('e.id = $1', [id]));
    return event ?? null;
  }

  async all(): Promise<IcsEvent[]> {
    return this.withDetails(await this.events(WINDOW, []));
  }

  async region(region: string): Promise<IcsEvent[]> {
    return this.withDetails(await this.events(`e.region = $1 AND ${WINDOW}`, [region]));
  }

  /** A thematic month's events (null for an unknown month or a draft, which only coordinators see). */
  async month(id: string): Promise<{ title: string; events: IcsEvent[] } | null> {
    if (!isUuid(id)) return null;
    const [month]: { title: string }[] = await this.dataSource.query(`SELECT title FROM months WHERE id = $1 AND status <> 'draft'`, [id]);
    if (!month) return null;
    return { title: month.title, events: await this.withDetails(await this.events('e.month_id = $1', [id])) };
  }

  /**
   * The member's confirmed and waitlisted registrations in the window, cancelled events included (they
   * keep their registrations). The join link is added only for a confirmed place at a scheduled webinar.
   */
  async mine(memberId: string): Promise<IcsEvent[]> {
    const rows: RegisteredRow[] = await this.dataSource.query(
      `SELECT e.*, r.status AS r_status FROM event_registrations r JOIN events e ON e.id = r.event_id
        WHERE r.member_id = $1 AND r.status IN ('confirmed', 'waitlisted') AND ${WINDOW}
        ORDER BY e.starts_at, e.id LIMIT ${FEED_MAX_EVENTS}`,
      [memberId],
    );
    const entities = rowsToEntities(this.dataSource, EventEntity, rows);
    const events = await this.withDetails(entities);
    return events.map((event, i) => {
      const registration = rows[i].r_status;
      const entity = entities[i];
      const joinUrl = registration === 'confirmed' && entity.kind === 'webinar' && entity.status === 'scheduled' ? entity.joinUrl : null;
      return { ...event, registration, joinUrl };
    });
  }

  private async events(where: string, params: unknown[]): Promise<EventEntity[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT e.* FROM events e WHERE ${where} ORDER BY e.starts_at, e.id LIMIT ${FEED_MAX_EVENTS}`,
      params,
    );
    return rowsToEntities(this.dataSource, EventEntity, rows);
  }

  /** Programmes and speaker names for all the events at once; nothing to read for no events. */
  private async withDetails(events: EventEntity[]): Promise<IcsEvent[]> {
    if (!events.length) return [];
    const sessions = await this.dataSource
      .getRepository(EventSessionEntity)
      .createQueryBuilder('s')
      .where('s.event_id IN (:...ids)', { ids: events.map((e) => e.id) })
      .orderBy('s.starts_at')
      .addOrderBy('s.title')
      .getMany();
    const memberIds = [...new Set(events.flatMap((e) => e.speakers).flatMap((s) => s.memberId ?? []))];
    const names: { id: string; name: string }[] = memberIds.length
      ? await this.dataSource.query('SELECT id, name FROM members WHERE id = ANY($1::uuid[])', [memberIds])
      : [];
    const nameOf = new Map(names.map((m) => [m.id, m.name]));
    const speakerNames = (records: EventSpeakerRecord[]) =>
      records.map((s) => (s.memberId ? (nameOf.get(s.memberId) ?? s.name) : s.name)).filter((n): n is string => !!n);
    return events.map((e) => ({
      id: e.id,
      kind: e.kind,
      status: e.status,
      title: e.title,
      description: e.description,
      agenda: e.agenda,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timeZone: e.timeZone,
      venue: e.venue,
      address: e.address,
      city: e.city,
      version: e.version,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      speakers: speakerNames(e.speakers),
      sessions: sessions
        .filter((s) => s.eventId === e.id)
        .map((s) => ({ title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, room: s.room, track: s.track })),
    }));
  }
}

export function isRegion(key: string): boolean {
  return ALL_REGIONS.includes(key);
}
