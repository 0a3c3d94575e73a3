import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { PostEntity } from '../../posts/entities/post.entity.js';
import { EventEntity } from './event.entity.js';

/**
 * A question asked at an event (during it or in the days after), answered afterwards like any question.
 * A link table rather than an `event_id` on `posts`, as thematic months do (`month_questions`): posts stay
 * free of programme columns, a question belongs to at most one event (the question is the key), and the
 * row is written in the question's own transaction.
 */
@Entity({ name: 'event_questions' })
@Index('IDX_event_questions_event_created', ['eventId', 'createdAt'])
export class EventQuestionEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: PostEntity;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** When the question was asked (its creation). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
