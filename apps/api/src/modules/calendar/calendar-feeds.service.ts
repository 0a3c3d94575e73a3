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
 * most FEED_MAX_EVENTS (a month's feed has no time window, the same cap), each event's description and
 * agenda cut to FEED_TEXT_LIMIT characters. Older entries drop out of a subscribed calendar; a feed stays
 * under about half a megabyte.
 */
export const FEED_PAST_DAYS = 60;
export const FEED_MAX_EVENTS = 300;
export const FEED_TEXT_LIMIT = 1000;

const WINDOW = `e.ends_at >= now() - make_interval(days => ${FEED_PAST_DAYS})`;

/** An event of a file, with the member's own place in the private feed. */
export interface FeedRow {
  event: EventEntity;
  registration?: 'confirmed' | 'waitlisted';
}

export function isRegion(key: string): boolean {
  return ALL_REGIONS.includes(key);
}

/**
 * Reads calendar files in two steps, each a constant number of statements whatever the number of events:
 * the rows (one statement; the controller decides from them whether its rendered copy is still good), then
 * the details a file shows: programmes (one) and member speakers' names (one).
 */
@Injectable()
export class CalendarFeedsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One event (any kind or status: events are public), or null for an unknown or malformed id. */
  async event(id: string): Promise<FeedRow | null> {
    if (!isUuid(id)) return null;
    const [event] = await this.events('e.id = $1', [id]);
    return event ? { event } : null;
  }

  async all(): Promise<FeedRow[]> {
    return (await this.events(WINDOW, [])).map((event) => ({ event }));
  }

  async region(region: string): Promise<FeedRow[]> {
    return (await this.events(`e.region = $1 AND ${WINDOW}`, [region])).map((event) => ({ event }));
  }

  /** A thematic month's events (null for an unknown month or a draft, which only coordinators see). One statement. */
  async month(id: string): Promise<{ title: string; rows: FeedRow[] } | null> {
    if (!isUuid(id)) return null;
    const rows: (Record<string, unknown> & { m_title: string | null })[] = await this.dataSource.query(
      `SELECT m.title AS m_title, e.* FROM months m LEFT JOIN events e ON e.month_id = m.id
        WHERE m.id = $1 AND m.status <> 'draft' ORDER BY e.starts_at, e.id LIMIT ${FEED_MAX_EVENTS}`,
      [id],
    );
    if (!rows.length) return null;
    const withEvents = rows.filter((r) => r.id !== null);
    return { title: rows[0].m_title!, rows: rowsToEntities(this.dataSource, EventEntity, withEvents).map((event) => ({ event })) };
  }

  /** The member's confirmed and waitlisted places in the window, cancelled events included (they keep their registrations). */
  async mine(memberId: string): Promise<FeedRow[]> {
    const rows: (Record<string, unknown> & { r_status: 'confirmed' | 'waitlisted' })[] = await this.dataSource.query(
      `SELECT e.*, r.status AS r_status FROM event_registrations r JOIN events e ON e.id = r.event_id
        WHERE r.member_id = $1 AND r.status IN ('confirmed', 'waitlisted') AND ${WINDOW}
        ORDER BY e.starts_at, e.id LIMIT ${FEED_MAX_EVENTS}`,
      [memberId],
    );
    return rowsToEntities(this.dataSource, EventEntity, rows).map((event, i) => ({ event, registration: rows[i].r_status }));
  }

  /**
   * What the file shows of the rows: programmes and speaker names for all of them at once. The join link
   * is added only for the member's confirmed place at a scheduled webinar (private feed); public rows
   * carry no registration, so never a link.
   */
  async details(rows: readonly FeedRow[]): Promise<IcsEvent[]> {
    if (!rows.length) return [];
    const sessions = await this.dataSource
      .getRepository(EventSessionEntity)
      .createQueryBuilder('s')
      .where('s.event_id IN (:...ids)', { ids: rows.map((r) => r.event.id) })
      .orderBy('s.starts_at')
      .addOrderBy('s.title')
      .getMany();
    const memberIds = [...new Set(rows.flatMap((r) => r.event.speakers).flatMap((s) => s.memberId ?? []))];
    const names: { id: string; name: string }[] = memberIds.length
      ? await this.dataSource.query('SELECT id, name FROM members WHERE id = ANY($1::uuid[])', [memberIds])
      : [];
    const nameOf = new Map(names.map((m) => [m.id, m.name]));
    const speakerNames = (records: EventSpeakerRecord[]) =>
      records.map((s) => (s.memberId ? (nameOf.get(s.memberId) ?? s.name) : s.name)).filter((n): n is string => !!n);
    return rows.map(({ event: e, registration }) => ({
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
      registration,
      joinUrl: registration === 'confirmed' && e.kind === 'webinar' && e.status === 'scheduled' ? e.joinUrl : null,
    }));
  }

  private async events(where: string, params: unknown[]): Promise<EventEntity[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT e.* FROM events e WHERE ${where} ORDER BY e.starts_at, e.id LIMIT ${FEED_MAX_EVENTS}`,
      params,
    );
    return rowsToEntities(this.dataSource, EventEntity, rows);
  }
}

/**
 * What a rendered file depends on: each event's id, version (edits and cancellation) and last change, and
 * the member's place. Speakers' names and the feed window are caught up within the hour.
 */
export function feedFingerprint(rows: readonly FeedRow[], now = new Date()): string {
  const hour = Math.floor(now.getTime() / 3_600_000);
  return `${hour}|${rows.map((r) => `${r.event.id}:${r.event.version}:${r.event.updatedAt.getTime()}:${r.registration ?? ''}`).join(',')}`;
}
