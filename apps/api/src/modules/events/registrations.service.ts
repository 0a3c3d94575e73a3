import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { isUniqueViolation, isUuid, notFound } from '../../core/graphql/errors.js';
import type { CreatedNotification } from '../notifications/notifier.service.js';
import { EventRegistrationEntity } from './entities/event-registration.entity.js';
import { EventEntity } from './entities/event.entity.js';
import { registrationClosedReason } from './event-rules.js';
import { RegistrationChangeReasonEnum, RegistrationStatusEnum } from './models/event-enums.js';
import type { EventRegistration, RegistrationCounts } from './models/event-registration.model.js';
import { RegistrationPublisher } from './registration.publisher.js';
import { registrantsCsv, type RegistrantRow } from './registrants-csv.js';
import { confirmedCount, fillFreePlaces, lockEvent, type ChangedRegistration, type Promotion } from './registration-queue.js';

export function toRegistration(entity: EventRegistrationEntity): EventRegistration {
  return {
    id: entity.id,
    status: entity.status as RegistrationStatusEnum,
    registeredAt: entity.registeredAt,
    promotedAt: entity.promotedAt,
    cancelledAt: entity.cancelledAt,
    attended: entity.attended,
    eventId: entity.eventId,
    memberId: entity.memberId,
  };
}

/** CONFLICT with a machine-readable `extensions.reason`, so the web can say it in the member's language. */
export function registrationConflict(reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', reason } });
}

/** confirmed, then waitlisted, then cancelled: the organisers' list order. */
const STATUS_RANK = `CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END`;

/**
 * Registering, cancelling, the waitlist and attendance. Every change to an event's registrations runs in
 * one transaction that first locks the event row (`SELECT … FOR UPDATE`), so concurrent registrations
 * for one event queue on that lock: each counts the confirmed places after the previous one committed,
 * and a cancellation promotes the head of the waitlist before anyone else can take the place. The
 * unique (event, member) constraint is the last guard: a double click is one registration.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: RegistrationPublisher,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(EventRegistrationEntity);
  }

  /** CONFIRMED while places are left, WAITLISTED when full. Registering twice is a CONFLICT (ALREADY_REGISTERED). */
  async register(actor: AuthMember, eventId: string): Promise<EventRegistration> {
    if (!isUuid(eventId)) throw notFound('The event');
    let saved: EventRegistrationEntity;
    try {
      saved = await this.dataSource.transaction(async (manager) => {
        const event = await lockEvent(manager, eventId);
        if (!event) throw notFound('The event');
        const closed = registrationClosedReason(event, new Date());
        if (closed) throw registrationConflict(closed.reason, closed.message);
        const existing = await manager.getRepository(EventRegistrationEntity).findOneBy({ eventId, memberId: actor.id });
        if (existing && existing.status !== 'cancelled') throw this.alreadyRegistered(existing.status);
        const full = event.capacity !== null && (await confirmedCount(manager, eventId)) >= event.capacity;
        const status = full ? 'waitlisted' : 'confirmed';
        // A member who cancelled earlier registers anew: same row, a new place at the end of the queue.
        const rows: { id: string }[] = await manager.query(
          `INSERT INTO event_registrations (event_id, member_id, status) VALUES ($1, $2, $3)
           ON CONFLICT ON CONSTRAINT "UQ_event_registrations_event_member" DO UPDATE
             SET status = EXCLUDED.status, registered_at = now(), promoted_at = NULL, cancelled_at = NULL, attended = NULL,
                 queue = nextval(pg_get_serial_sequence('event_registrations', 'queue'))
             WHERE event_registrations.status = 'cancelled'
           RETURNING id`,
          [eventId, actor.id, status],
        );
        if (!rows.length) throw this.alreadyRegistered();
        return manager.getRepository(EventRegistrationEntity).findOneByOrFail({ id: rows[0].id });
      });
    } catch (error) {
      // Only reachable if two requests of one member slipped past the lock (they cannot): the index decides.
      if (isUniqueViolation(error, 'UQ_event_registrations_event_member')) throw this.alreadyRegistered();
      throw error;
    }
    await this.publisher.publish([{ changes: [this.change(saved)], reason: RegistrationChangeReasonEnum.REGISTERED }]);
    return toRegistration(saved);
  }

  /**
   * Gives up the member's place; if it was a confirmed one, the head of the waitlist gets it at once and
   * is notified in the same transaction.
   */
  async cancel(actor: AuthMember, eventId: string): Promise<EventRegistration> {
    if (!isUuid(eventId)) throw notFound('The event');
    let promoted: Promotion[] = [];
    let notifications: CreatedNotification[] = [];
    const cancelled = await this.dataSource.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      if (!event) throw notFound('The event');
      if (event.status === 'cancelled') throw registrationConflict('EVENT_CANCELLED', 'This event was cancelled; there is nothing to cancel.');
      if (event.startsAt.getTime() <= Date.now()) {
        throw registrationConflict('EVENT_STARTED', 'This event has already started or taken place; registrations can no longer change.');
      }
      const repo = manager.getRepository(EventRegistrationEntity);
      const existing = await repo.findOneBy({ eventId, memberId: actor.id });
      if (!existing || existing.status === 'cancelled') {
        throw registrationConflict('NOT_REGISTERED', 'You are not registered for this event.');
      }
      const wasConfirmed = existing.status === 'confirmed';
      const saved = await repo.save({ ...existing, status: 'cancelled', cancelledAt: new Date(), promotedAt: existing.promotedAt });
      if (wasConfirmed) {
        promoted = await fillFreePlaces(manager, event);
        notifications = await this.publisher.notifyPromoted(manager, promoted);
      }
      return saved;
    });
    await this.publisher.publish(
      [
        { changes: [this.change(cancelled)], reason: RegistrationChangeReasonEnum.CANCELLED },
        { changes: promoted, reason: RegistrationChangeReasonEnum.PROMOTED },
      ],
      notifications,
    );
    return toRegistration(cancelled);
  }

  /** Organisers mark who came, once the event has started; only confirmed registrations attend. */
  async markAttendance(eventId: string, memberId: string, attended: boolean): Promise<EventRegistration> {
    const event = isUuid(eventId) ? await this.dataSource.getRepository(EventEntity).findOneBy({ id: eventId }) : null;
    if (!event) throw notFound('The event');
    if (event.status === 'cancelled') throw registrationConflict('EVENT_CANCELLED', 'This event was cancelled.');
    if (event.startsAt.getTime() > Date.now()) {
      throw registrationConflict('EVENT_NOT_STARTED', 'Attendance can be marked once the event has started.');
    }
    const registration = isUuid(memberId) ? await this.repo.findOneBy({ eventId, memberId }) : null;
    if (!registration || registration.status !== 'confirmed') {
      throw registrationConflict('NOT_CONFIRMED', 'This member has no confirmed place at the event.');
    }
    registration.attended = attended;
    return toRegistration(await this.repo.save(registration));
  }

  async byId(id: string): Promise<EventRegistrationEntity | null> {
    return isUuid(id) ? this.repo.findOneBy({ id }) : null;
  }

  /** The member's confirmed and waitlisted registrations; upcoming soonest first, or past latest first. */
  async mine(actor: AuthMember, past: boolean, first: number, after?: string | null): Promise<Connection<EventRegistration>> {
    const query = this.repo
      .createQueryBuilder('r')
      .innerJoin('r.event', 'e')
      .addSelect('e.starts_at', 'e_starts_at')
      .where('r.member_id = :memberId', { memberId: actor.id })
      .andWhere(`r.status <> 'cancelled'`)
      .andWhere(past ? 'e.ends_at <= :now' : 'e.ends_at > :now', { now: new Date() });
    const totalCount = await query.getCount();
    const cursor = decodeCursor(after, 2);
    if (cursor) {
      query.andWhere(`(e.starts_at, r.id) ${past ? '<' : '>'} (:cursorAt::timestamptz, :cursorId::uuid)`, {
        cursorAt: cursor[0],
        cursorId: cursor[1],
      });
    }
    const direction = past ? 'DESC' : 'ASC';
    const { entities, raw } = await query
      .orderBy('e.starts_at', direction)
      .addOrderBy('r.id', direction)
      .limit(first + 1)
      .getRawAndEntities<{ e_starts_at: Date }>();
    const startsAt = new Map(entities.map((r, i) => [r.id, new Date(raw[i].e_starts_at)]));
    return toConnection(entities, first, totalCount, toRegistration, (r) => [startsAt.get(r.id)!.toISOString(), r.id]);
  }

  /** For organisers: confirmed first, then the waitlist in its order, then cancellations. */
  async ofEvent(
    eventId: string,
    status: RegistrationStatusEnum | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<EventRegistration> & { counts: RegistrationCounts }> {
    const event = isUuid(eventId) ? await this.dataSource.getRepository(EventEntity).findOneBy({ id: eventId }) : null;
    if (!event) throw notFound('The event');
    const query = this.repo.createQueryBuilder('r').where('r.event_id = :eventId', { eventId });
    if (status) query.andWhere('r.status = :status', { status });
    const counts = await this.counts(eventId);
    const totalCount = status ? counts[status] : counts.confirmed + counts.waitlisted + counts.cancelled;
    const cursor = decodeCursor(after, 2);
    if (cursor) query.andWhere(`(${STATUS_RANK}, r.queue) > (:rank, :queue)`, { rank: cursor[0], queue: cursor[1] });
    const rows = await query.orderBy(STATUS_RANK).addOrderBy('r.queue').limit(first + 1).getMany();
    const rank = (s: string) => (s === 'confirmed' ? 0 : s === 'waitlisted' ? 1 : 2);
    return { ...toConnection(rows, first, totalCount, toRegistration, (r) => [rank(r.status), r.queue]), counts };
  }

  async counts(eventId: string): Promise<RegistrationCounts> {
    const [row]: { confirmed: number; waitlisted: number; cancelled: number; attended: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
              count(*) FILTER (WHERE status = 'confirmed' AND attended)::int AS attended
         FROM event_registrations WHERE event_id = $1`,
      [eventId],
    );
    return row;
  }

  /** Confirmed and waitlisted registrants as CSV (RFC 4180), for organisers. */
  async csv(eventId: string): Promise<string> {
    const event = isUuid(eventId) ? await this.dataSource.getRepository(EventEntity).findOneBy({ id: eventId }) : null;
    if (!event) throw notFound('The event');
    const rows: RegistrantRow[] = await this.dataSource.query(
      `SELECT m.name, l.name AS library, l.city AS library_city, m.public_email, r.status, r.registered_at, r.promoted_at, r.attended
         FROM event_registrations r
         JOIN members m ON m.id = r.member_id
         LEFT JOIN libraries l ON l.id = m.library_id
        WHERE r.event_id = $1 AND r.status <> 'cancelled'
        ORDER BY ${STATUS_RANK}, r.queue`,
      [eventId],
    );
    return registrantsCsv(rows);
  }

  private alreadyRegistered(status?: string): GraphQLError {
    return registrationConflict(
      'ALREADY_REGISTERED',
      status === 'waitlisted' ? 'You are already on the waitlist for this event.' : 'You are already registered for this event.',
    );
  }

  private change(r: EventRegistrationEntity): ChangedRegistration {
    return { registrationId: r.id, memberId: r.memberId, eventId: r.eventId };
  }
}
