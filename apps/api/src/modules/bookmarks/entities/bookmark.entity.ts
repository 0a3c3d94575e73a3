import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { PostEntity } from '../../posts/entities/post.entity.js';

/** An inspiration or question a member keeps for later. Private to the member. */
@Entity({ name: 'bookmarks' })
@Index('IDX_bookmarks_member_created', ['memberId', 'createdAt'])
export class BookmarkEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Index()
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  /** Millisecond precision: "my bookmarks" pages by (created_at, post_id). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
