import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';

/** A member follows another member: their new inspirations and questions lead the home feed. */
@Entity({ name: 'member_follows' })
@Check('CHK_member_follows_not_self', `"follower_id" <> "followee_id"`)
export class MemberFollowEntity {
  @PrimaryColumn({ name: 'follower_id', type: 'uuid' })
  followerId: string;

  /** Indexed for follower counts; the primary key serves "whom do I follow". */
  @Index()
  @PrimaryColumn({ name: 'followee_id', type: 'uuid' })
  followeeId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follower_id' })
  follower?: MemberEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'followee_id' })
  followee?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
