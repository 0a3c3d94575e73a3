import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { PostEntity } from '../../posts/entities/post.entity.js';

/** A month's life, forward one step at a time: draft → announced → open → wrap_up → archived. */
export const MONTH_STATUSES = ['draft', 'announced', 'open', 'wrap_up', 'archived'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

/**
 * A thematic month: a theme, invited experts (`month_experts`) and the members' questions asked in it
 * (`month_questions`), each promised an expert answer within `answer_hours`. Archiving gathers a summary
 * and the best answers into an inspiration (`summary_inspiration_id`).
 */
@Entity({ name: 'months' })
@Check('CHK_months_status', `"status" IN ('draft', 'announced', 'open', 'wrap_up', 'archived')`)
@Check('CHK_months_dates', `"ends_at" > "starts_at"`)
@Check('CHK_months_answer_hours', `"answer_hours" BETWEEN 1 AND 720`)
@Index('IDX_months_starts_at', ['startsAt'])
export class MonthEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  theme: string;

  /** Plain text. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: 'draft' })
  status: MonthStatus;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  /** https only (validated by the input). */
  @Column({ name: 'cover_image_url', type: 'text', nullable: true })
  coverImageUrl: string | null;

  /** The promise: an expert answers every question within this many hours, or it is escalated. */
  @Column({ name: 'answer_hours', type: 'int', default: 48 })
  answerHours: number;

  /** The coordinator who created the month; told about escalations. Null if their account was erased. */
  @Index()
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: MemberEntity | null;

  /** Set when the month is archived: the inspiration gathering its summary and best answers. */
  @Column({ name: 'summary_inspiration_id', type: 'uuid', nullable: true })
  summaryInspirationId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'summary_inspiration_id' })
  summaryInspiration?: PostEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
