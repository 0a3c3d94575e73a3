import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventSessionEntity } from './event-session.entity.js';
import { EventEntity } from './event.entity.js';

/**
 * A convention's breakout room for one project or working group: where it meets (a room, a link, or
 * both) and, optionally, during which programme session. Replaced with the sessions on every edit of the
 * event (the input is the whole event), in the input's order (`position`).
 */
@Entity({ name: 'event_breakout_rooms' })
@Check('CHK_event_breakout_rooms_place', `"room" IS NOT NULL OR "url" IS NOT NULL`)
@Index('IDX_event_breakout_rooms_event_position', ['eventId', 'position'])
export class EventBreakoutRoomEntity {
  /** Ids change with every edit of the event, like sessions'. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  /** The project or working group that meets there, as text. */
  @Column({ type: 'text' })
  project: string;

  @Column({ type: 'text', nullable: true })
  room: string | null;

  /** An online room; shown like the event's join link (confirmed registrants and organisers). */
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Index()
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => EventSessionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'session_id' })
  session?: EventSessionEntity | null;
}
