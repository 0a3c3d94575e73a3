import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NotificationKind } from '@liblab/domain';
import { CommentEntity } from '../../comments/entities/comment.entity.js';
import { EventEntity } from '../../events/entities/event.entity.js';
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
 * A notification is about a post or about an event, never both (a CHECK): `post_id` is the inspiration,
 * question or answer it is about (for a comment: the commented content), `comment_id` the comment if there
 * is one; `event_id` the meetup, webinar or convention of a promotion from the waitlist, a cancellation or
 * a new recording (kinds in EVENT_NOTIFICATION_KINDS). All are real foreign keys; soft-deleted content hides
 * its notifications (the queries join and filter `deleted_at`), so restoring it would show them again.
 */
@Entity({ name: 'notifications' })
@Unique('UQ_notifications_event', ['recipientId', 'kind', 'subjectId'])
@Check('CHK_notifications_kind', `"kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated', 'event_question', 'event_recording', 'waitlist_promoted', 'event_cancelled')`)
@Check('CHK_notifications_subject', `("post_id" IS NULL) <> ("event_id" IS NULL)`)
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

  /**
   * The row that is the event (see the class comment): the answer, comment or post; for an event's
   * cancellation or recording the event itself; for a promotion, one registration's turn in the queue.
   */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Index()
  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Index()
  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentEntity | null;

  @Index()
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity | null;

  /**
   * Who answered, accepted, commented, mentioned, posted, asked, added the recording or cancelled the event;
   * null if their account was erased, and for promotions (nobody in particular freed the place).
   */
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
