import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NotificationKind } from '@liblab/domain';
import { CommentEntity } from '../../comments/entities/comment.entity.js';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { PostEntity } from '../../posts/entities/post.entity.js';

/**
 * One thing a member is told about. `subject_id` names the event's own row — the answer (new answer,
 * accepted answer), the comment, or the post or comment that mentions them — so the unique constraint
 * (recipient, kind, subject) makes "the same event never notifies a person twice" the database's rule
 * under any concurrency (`INSERT … ON CONFLICT DO NOTHING`). The actor is implied by the subject (its
 * author, or whoever accepted), so it is not part of the key: accepting, withdrawing and accepting the
 * same answer again is one notification. Kind is part of the key so that kinds about the same row for the
 * same person stay possible later (a vote on your answer after it was accepted); today a person gets one
 * notification per subject: one action lists the most specific kind first, and a mention added by an edit
 * is skipped for someone already told about that subject (NotifierService).
 *
 * `post_id` is the inspiration, question or answer the event is about (for a comment: the commented
 * content), `comment_id` the comment if there is one. Both are real foreign keys; soft-deleted content
 * hides its notifications (the queries join and filter `deleted_at`), so restoring it would show them again.
 */
@Entity({ name: 'notifications' })
@Unique('UQ_notifications_event', ['recipientId', 'kind', 'subjectId'])
@Check('CHK_notifications_kind', `"kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated')`)
@Index('IDX_notifications_recipient_created', ['recipientId', 'createdAt'])
@Index('IDX_notifications_recipient_unread', ['recipientId'], { where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: MemberEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** The answer, comment or post that is the event (see the class comment). */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Index()
  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Index()
  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentEntity | null;

  /** Who answered, accepted, commented, mentioned or posted; null if their account was erased. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: MemberEntity | null;

  /** Millisecond precision, so a cursor (a JavaScript Date) names a row exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
