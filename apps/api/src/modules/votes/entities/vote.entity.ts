import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { PostEntity } from '../../posts/entities/post.entity.js';

/**
 * "Useful" votes on questions and answers. The primary key (post, member) makes one vote per member
 * the database's rule, whatever the concurrency; `posts.vote_count` counts these rows.
 */
@Entity({ name: 'votes' })
export class VoteEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Index()
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
