import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LibraryEntity } from '../../libraries/entities/library.entity.js';
import type { Role } from '@liblab/domain';

@Entity({ name: 'members' })
// Search (migration 1795327278001-Search): name trigram and tsvector expression indexes.
@Index('IDX_members_name_trgm', { synchronize: false })
@Index('IDX_members_name_search', { synchronize: false })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Sign-in address, stored normalised (trimmed, lower case); never exposed to other members. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** argon2id hash. Never leaves the server. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Index()
  @Column({ name: 'library_id', type: 'uuid', nullable: true })
  libraryId: string | null;

  @ManyToOne(() => LibraryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'library_id' })
  library?: LibraryEntity | null;

  @Column({ type: 'text', array: true, default: () => "'{member}'" })
  roles: Role[];

  /** Languages the member reads and writes (pl, en, sv, nb). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  /** Job title at the home library, shown in its staff directory. */
  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ type: 'text', default: '' })
  bio: string;

  /** Contact details the member chose to show other members. */
  @Column({ name: 'public_email', type: 'text', nullable: true })
  publicEmail: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** Language of the portal's interface and of mail sent to the member. */
  @Column({ type: 'text', default: 'en' })
  locale: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
