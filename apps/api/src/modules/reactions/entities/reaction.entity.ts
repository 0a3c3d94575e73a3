import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { PostEntity } from '../../posts/entities/post.entity.js';

/**
 * A member's reaction (useful, inspiring, thanks) to an inspiration, question or answer: one of each
 * kind per member and post (the primary key). Counts are grouped from these rows when read, so they
 * cannot drift from them.
 */
@Entity({ name: 'reactions' })
@Check('CHK_reactions_kind', `"kind" IN ('useful', 'inspiring', 'thanks')`)
@Index('IDX_reactions_post_kind_created', ['postId', 'kind', 'createdAt'])
export class ReactionEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Index()
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  /** Millisecond precision: the "who reacted" list pages by (created_at, member_id). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
