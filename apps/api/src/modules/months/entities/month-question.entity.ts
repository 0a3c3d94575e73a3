import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PostEntity } from '../../posts/entities/post.entity.js';
import { MonthEntity } from './month.entity.js';

/**
 * A question asked in a month. The question is the key, so a question belongs to at most one month; the
 * row is written in the question's own transaction, with its escalation job.
 */
@Entity({ name: 'month_questions' })
export class MonthQuestionEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: PostEntity;

  @Index()
  @Column({ name: 'month_id', type: 'uuid' })
  monthId: string;

  @ManyToOne(() => MonthEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'month_id' })
  month?: MonthEntity;

  /** When the question was attached (its creation). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** When the escalation job told the experts and the coordinator; null if it never had to. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;
}
