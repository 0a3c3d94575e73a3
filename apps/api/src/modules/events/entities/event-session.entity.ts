import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity, type EventSpeakerRecord } from './event.entity.js';

/** One item of a convention's programme: a talk, workshop or breakout, in a room or on a track. */
@Entity({ name: 'event_sessions' })
@Check('CHK_event_sessions_times', `"ends_at" > "starts_at"`)
@Index('IDX_event_sessions_event_start', ['eventId', 'startsAt'])
export class EventSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  room: string | null;

  @Column({ type: 'text', nullable: true })
  track: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  speakers: EventSpeakerRecord[];
}
