import {
  Check,
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
import { MemberEntity } from '../../members/entities/member.entity.js';

export type ContentKind = 'inspiration' | 'question' | 'answer';

export interface LinkRecord {
  title: string;
  url: string;
}

/**
 * Everything members write with a rich-text body: inspirations, questions and answers, in one table
 * with a `kind` column (as Stack Overflow's Posts table does). They share the author, library, body,
 * language, edit and soft-delete columns and are what comments, reactions, votes, bookmarks and tags
 * point at, so each of those is one table with a real foreign key rather than one per kind. Later
 * work (full-text search with a per-language tsvector, the home feed, notifications) reads one table.
 * Answers are rows with `parent_id` set to their question.
 *
 * Counters (`vote_count`, `answer_count`, `comment_count`) are changed in the same transaction as the
 * rows they count, by relative updates (`x = x + 1`) that PostgreSQL serialises on the row; CHECKs keep
 * them from going negative, so a bug shows up as an error rather than a wrong number.
 */
@Entity({ name: 'posts' })
@Check('CHK_posts_kind', `"kind" IN ('inspiration', 'question', 'answer')`)
@Check('CHK_posts_parent', `("kind" = 'answer') = ("parent_id" IS NOT NULL)`)
@Check('CHK_posts_title', `"kind" = 'answer' OR "title" IS NOT NULL`)
@Check('CHK_posts_counters', `"vote_count" >= 0 AND "answer_count" >= 0 AND "comment_count" >= 0 AND "reaction_count" >= 0`)
@Index('IDX_posts_kind_created', ['kind', 'createdAt'], { where: '"deleted_at" IS NULL' })
@Index('IDX_posts_unanswered', ['createdAt'], { where: `"kind" = 'question' AND "answer_count" = 0 AND "deleted_at" IS NULL` })
// Search (migration 1795327278001-Search): GIN and trigram indexes TypeORM cannot describe.
@Index('IDX_posts_search_vector', { synchronize: false })
@Index('IDX_posts_title_trgm', { synchronize: false })
// Home feed (modules/feed): inspirations and questions newest first, and by usefulness (an expression
// index on vote_count + reaction_count, written by hand in migration Follows).
@Index('IDX_posts_feed_created', ['createdAt', 'id'], { where: `"kind" IN ('inspiration', 'question') AND "deleted_at" IS NULL` })
@Index('IDX_posts_feed_useful', { synchronize: false })
@Index('UQ_posts_one_accepted_answer', ['parentId'], { unique: true, where: '"accepted"' })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ContentKind;

  /** The question an answer belongs to; null for inspirations and questions. */
  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: PostEntity | null;

  /** Null only if the author's account is erased: what they shared stays for the network. */
  @Index()
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: MemberEntity | null;

  /** The author's home library when they posted: a good practice stays with the library that did it. */
  @Index()
  @Column({ name: 'library_id', type: 'uuid', nullable: true })
  libraryId: string | null;

  @ManyToOne(() => LibraryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'library_id' })
  library?: LibraryEntity | null;

  /** Plain text; null for answers. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** Plain-text summary of an inspiration; empty for other kinds. */
  @Column({ type: 'text', default: '' })
  summary: string;

  /** Sanitised HTML (core/html/rich-text.ts); never stored unsanitised. */
  @Column({ type: 'text' })
  body: string;

  /** pl, en, sv or nb; answers take their question's. Search will build a tsvector per language from it. */
  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: LinkRecord[];

  /** Attachments are described (title + URL), not uploaded: files live where the library keeps them. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: LinkRecord[];

  /** Answers: the author held the expert role when answering. */
  @Column({ name: 'by_expert', type: 'boolean', default: false })
  byExpert: boolean;

  /** Answers: accepted by the asker or a moderator; at most one per question (partial unique index). */
  @Column({ type: 'boolean', default: false })
  accepted: boolean;

  /** Questions and answers: rows in `votes`. */
  @Column({ name: 'vote_count', type: 'int', default: 0 })
  voteCount: number;

  /** Questions: live answers. */
  @Column({ name: 'answer_count', type: 'int', default: 0 })
  answerCount: number;

  /** Rows in `reactions`, all kinds together (the home feed's "useful" order reads it with vote_count). */
  @Column({ name: 'reaction_count', type: 'int', default: 0 })
  reactionCount: number;

  /** Live rows in `comments`. */
  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount: number;

  /** Millisecond precision, so a cursor (a JavaScript Date) names a row exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Set when the author changes the content after posting ("edited"). */
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /**
   * Full-text search: title (weight A), summary (B) and the body's visible text (C), read with the
   * language's own text-search config (see the Search migration). Computed by PostgreSQL on every
   * write; never selected by default (it is large) and never written by the application.
   */
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    nullable: true,
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector(liblab_search_config("language"), coalesce("title", '')), 'A') || setweight(to_tsvector(liblab_search_config("language"), "summary"), 'B') || setweight(to_tsvector(liblab_search_config("language"), liblab_html_text("body")), 'C')`,
  })
  searchVector?: string;

  /** Soft delete: the row stays for moderation, but nothing lists or returns it. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;
}
