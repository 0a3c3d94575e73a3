import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventKind, EventStatus } from '@liblab/domain';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { MonthEntity } from '../../months/entities/month.entity.js';

/** A speaker: a member of the network, or a guest known by name only. */
export interface EventSpeakerRecord {
  memberId: string | null;
  name: string | null;
}

/**
 * A meetup, webinar or convention. Times are instants (`timestamptz`); `time_zone` is the IANA zone the
 * event happens in, used to show its own local time. `month_id` places it in a thematic month (optional).
 * `version` counts edits and the cancellation: it is the ICS SEQUENCE and part of the reminder jobs' ids.
 *
 * The row is also the lock that serialises registrations: every registration change takes
 * `SELECT … FOR UPDATE` on it first (RegistrationsService).
 */
@Entity({ name: 'events' })
@Check('CHK_events_kind', `"kind" IN ('meetup', 'webinar', 'convention')`)
@Check('CHK_events_status', `"status" IN ('scheduled', 'cancelled')`)
@Check('CHK_events_capacity', `"capacity" IS NULL OR "capacity" > 0`)
@Check('CHK_events_times', `"ends_at" > "starts_at" AND ("registration_deadline" IS NULL OR "registration_deadline" <= "starts_at")`)
@Index('IDX_events_starts_at', ['startsAt', 'id'])
@Index('IDX_events_ends_at', ['endsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: EventKind;

  @Column({ type: 'text', default: 'scheduled' })
  status: EventStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  agenda: string;

  /** Millisecond precision, so a cursor (a JavaScript Date) names a row exactly. */
  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  /** Confirmed places; null = unlimited. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ name: 'registration_deadline', type: 'timestamptz', nullable: true })
  registrationDeadline: Date | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** Region key from @liblab/domain REGIONS. */
  @Index()
  @Column({ type: 'text', nullable: true })
  region: string | null;

  /** The online meeting link: shown only to confirmed registrants and organisers. */
  @Column({ name: 'join_url', type: 'text', nullable: true })
  joinUrl: string | null;

  /** After the event (organisers): the recording and the slides; shown to signed-in members only. */
  @Column({ name: 'recording_url', type: 'text', nullable: true })
  recordingUrl: string | null;

  @Column({ name: 'slides_url', type: 'text', nullable: true })
  slidesUrl: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  speakers: EventSpeakerRecord[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: MemberEntity | null;

  /** The thematic month it belongs to, if any. */
  @Index()
  @Column({ name: 'month_id', type: 'uuid', nullable: true })
  monthId: string | null;

  @ManyToOne(() => MonthEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'month_id' })
  month?: MonthEntity | null;

  /** 0 when created, +1 on every edit and on cancellation (calendars' SEQUENCE; stale reminder jobs see it). */
  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
