import type { EntityManager } from 'typeorm';
import { EventEntity } from './entities/event.entity.js';

/** A registration that changed inside a transaction; published after commit. */
export interface ChangedRegistration {
  registrationId: string;
  memberId: string;
  eventId: string;
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
 * transaction and under the event's lock (lockEvent). Returns who was promoted.
 */
export async function fillFreePlaces(manager: EntityManager, event: Pick<EventEntity, 'id' | 'capacity'>): Promise<ChangedRegistration[]> {
  const free = event.capacity === null ? null : Math.max(0, event.capacity - (await confirmedCount(manager, event.id)));
  if (free === 0) return [];
  const [rows]: [{ id: string; member_id: string }[], number] = await manager.query(
    `UPDATE event_registrations SET status = 'confirmed', promoted_at = clock_timestamp()
      WHERE id IN (SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'waitlisted'
                   ORDER BY queue LIMIT $2)
      RETURNING id, member_id`,
    [event.id, free],
  );
  return rows.map((r) => ({ registrationId: r.id, memberId: r.member_id, eventId: event.id }));
}
