import type { EntityManager } from 'typeorm';
import { EventEntity } from './entities/event.entity.js';

/** A registration that changed inside a transaction; published after commit. */
export interface ChangedRegistration {
  registrationId: string;
  memberId: string;
  eventId: string;
}

/**
 * A waitlisted registration that got a place. `turnId` names this turn of the registration in the queue
 * (derived from its id and queue number; registering again draws a new number), so the promotion's
 * notification is unique to it: never twice for one promotion, yet again after a new registration.
 */
export interface Promotion extends ChangedRegistration {
  turnId: string;
}

/**
 * Locks the event row for the rest of the caller's transaction: every change to an event's registrations
 * (register, cancel, capacity edit, event cancellation) starts here, so they run one after another per
 * event and each sees the counts the previous one left. Null when there is no such event.
 */
export async function lockEvent(manager: EntityManager, eventId: string): Promise<EventEntity | null> {
  return manager
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .setLock('pessimistic_write')
    .where('e.id = :eventId', { eventId })
    .getOne();
}

export async function confirmedCount(manager: EntityManager, eventId: string): Promise<number> {
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM event_registrations WHERE event_id = $1 AND status = 'confirmed'`,
    [eventId],
  );
  return count;
}

/**
 * Gives free places to the waitlist, first come first served (`queue` order), inside the caller's
 * transaction and under the event's lock (lockEvent). Returns who was promoted (to be notified in the
 * same transaction: RegistrationPublisher.notifyPromoted).
 */
export async function fillFreePlaces(manager: EntityManager, event: Pick<EventEntity, 'id' | 'capacity'>): Promise<Promotion[]> {
  const free = event.capacity === null ? null : Math.max(0, event.capacity - (await confirmedCount(manager, event.id)));
  if (free === 0) return [];
  const [rows]: [{ id: string; member_id: string; turn_id: string }[], number] = await manager.query(
    `UPDATE event_registrations SET status = 'confirmed', promoted_at = clock_timestamp()
      WHERE id IN (SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'waitlisted'
                   ORDER BY queue LIMIT $2)
      RETURNING id, member_id, md5(id::text || ':' || queue::text)::uuid AS turn_id`,
    [event.id, free],
  );
  return rows.map((r) => ({ registrationId: r.id, memberId: r.member_id, eventId: event.id, turnId: r.turn_id }));
}
