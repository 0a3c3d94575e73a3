import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A topic label. Created the first time someone uses it; the slug (tagSlug in @liblab/domain) is the identity. */
@Entity({ name: 'tags' })
// Search (migration 1795327278001-Search): name trigram and tsvector expression indexes.
@Index('IDX_tags_name_trgm', { synchronize: false })
@Index('IDX_tags_name_search', { synchronize: false })
export class TagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  /** As first written, e.g. "Nowe technologie". */
  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
