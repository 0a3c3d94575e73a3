import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LibraryEntity } from '../../libraries/entities/library.entity.js';
import { MemberEntity } from '../../members/entities/member.entity.js';

/** A member follows a library: what its people post leads the home feed. */
@Entity({ name: 'library_follows' })
export class LibraryFollowEntity {
  @PrimaryColumn({ name: 'follower_id', type: 'uuid' })
  followerId: string;

  /** Indexed for follower counts; the primary key serves "what do I follow". */
  @Index()
  @PrimaryColumn({ name: 'library_id', type: 'uuid' })
  libraryId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follower_id' })
  follower?: MemberEntity;

  @ManyToOne(() => LibraryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'library_id' })
  library?: LibraryEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
