import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { RegistrationStatus } from '@liblab/domain';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { EventEntity } from './event.entity.js';

/**
 * A member's place at an event: confirmed, on the waitlist, or cancelled (kept, and reused if they
 * register again). One row per (event, member): the unique constraint is the last guard against a
 * double click that slips past the event-row lock. The waitlist is served in `queue` order: a number
 * drawn from a sequence when the registration is written (again when a member registers anew), i.e.
 * while it holds the event's lock, so it is exactly the order in which registrations were accepted.
 */
@Entity({ name: 'event_registrations' })
@Unique('UQ_event_registrations_event_member', ['eventId', 'memberId'])
@Check('CHK_event_registrations_status', `"status" IN ('confirmed', 'waitlisted', 'cancelled')`)
@Index('IDX_event_registrations_queue', ['eventId', 'status', 'queue'])
export class EventRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Index()
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  /** First come, first served: see the class comment. */
  @Column({ type: 'int' })
  @Generated('increment')
  queue: number;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;

  /** When a waitlisted registration got a place; null if it was confirmed at once. */
  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** Marked by organisers after the event started; null = not marked. */
  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;
}
