import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '@liblab/domain';
import { MemberEntity } from '../../members/entities/member.entity.js';

/**
 * A member's choice to get (or not) an email for a kind of notification. No row means the default
 * (`EMAIL_BY_DEFAULT` in @liblab/domain): mail for the important kinds only.
 */
@Entity({ name: 'notification_preferences' })
@Check('CHK_notification_preferences_kind', `"kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated', 'event_question', 'event_recording', 'waitlist_promoted', 'event_cancelled')`)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'boolean' })
  email: boolean;
}
