import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'libraries' })
export class LibraryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** URL key, unique across the network (e.g. `mbp-wroclaw`). */
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  city: string;

  /** Region key from @liblab/domain REGIONS. */
  @Column({ type: 'text' })
  region: string;

  /** ISO 3166-1 alpha-2: PL, SE or NO. */
  @Column({ type: 'text' })
  country: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
