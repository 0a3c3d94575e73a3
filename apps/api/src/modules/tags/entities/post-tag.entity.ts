import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PostEntity } from '../../posts/entities/post.entity.js';
import { TagEntity } from './tag.entity.js';

/** Which tags an inspiration or question carries. */
@Entity({ name: 'post_tags' })
export class PostTagEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Index()
  @PrimaryColumn({ name: 'tag_id', type: 'uuid' })
  tagId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @ManyToOne(() => TagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: TagEntity;
}
