import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { PostEntity } from '../../posts/entities/post.entity.js';

/** A short plain-text comment on an inspiration, question or answer; `posts.comment_count` counts the live ones. */
@Entity({ name: 'comments' })
@Index('IDX_comments_post_created', ['postId', 'createdAt'], { where: '"deleted_at" IS NULL' })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Index()
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: MemberEntity | null;

  /** Plain text; the web shows it as text, never as HTML. */
  @Column({ type: 'text' })
  body: string;

  /** Millisecond precision, so a cursor names a row exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;
}
