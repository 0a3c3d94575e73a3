import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { tagSlug, type PostKind } from '@liblab/domain';
import { toConnection, type Connection } from '../../core/graphql/connection.js';
import { isUuid, notFound } from '../../core/graphql/errors.js';
import { decodeTimeCursor, timeCursor } from './cursors.js';
import { PostEntity, type ContentKind } from './entities/post.entity.js';
import { toContent, type ContentRecord } from './models/content-record.js';

export const CONTENT_LABEL: Record<ContentKind, string> = {
  inspiration: 'The inspiration',
  question: 'The question',
  answer: 'The answer',
};

export interface PostListFilter {
  tag?: string | null;
  language?: string | null;
  authorId?: string | null;
  libraryId?: string | null;
  /** Questions without a (live) answer. */
  unanswered?: boolean | null;
}

/** Reads inspirations, questions and answers; deleted ones do not exist for readers. */
@Injectable()
export class PostsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(PostEntity);
  }

  /** A live post of the kind, or NOT_FOUND (also for deleted ones and ids that are not UUIDs). */
  async findLive(id: string, kind: ContentKind): Promise<PostEntity> {
    const post = isUuid(id) ? await this.repo.findOneBy({ id, kind, deletedAt: IsNull() }) : null;
    if (!post) throw notFound(CONTENT_LABEL[kind]);
    return post;
  }

  /** A live inspiration, question or answer (whose question is live too), or NOT_FOUND. */
  async findLiveContent(id: string, kinds: readonly ContentKind[], label = 'The content'): Promise<PostEntity> {
    const post = isUuid(id)
      ? await this.repo
          .createQueryBuilder('p')
          .leftJoin(PostEntity, 'q', 'q.id = p.parent_id')
          .where('p.id = :id', { id })
          .andWhere('p.kind IN (:...kinds)', { kinds })
          .andWhere('p.deleted_at IS NULL')
          .andWhere('(p.parent_id IS NULL OR q.deleted_at IS NULL)')
          .getOne()
      : null;
    if (!post) throw notFound(label);
    return post;
  }

  /** Newest first, keyset-paged on (created_at, id): two statements (count + page) whatever the size. */
  async list(kind: PostKind, filter: PostListFilter, first: number, after?: string | null): Promise<Connection<ContentRecord>> {
    const query = this.repo.createQueryBuilder('p').where('p.kind = :kind', { kind }).andWhere('p.deleted_at IS NULL');
    if (filter.language) query.andWhere('p.language = :language', { language: filter.language });
    if (filter.authorId) query.andWhere('p.author_id = :authorId', { authorId: filter.authorId });
    if (filter.libraryId) query.andWhere('p.library_id = :libraryId', { libraryId: filter.libraryId });
    if (filter.unanswered) query.andWhere('p.answer_count = 0');
    if (filter.tag) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.slug = :tag)',
        { tag: tagSlug(filter.tag) },
      );
    }
    const totalCount = await query.getCount();
    const cursor = decodeTimeCursor(after);
    if (cursor) query.andWhere('(p.created_at, p.id) < (:at, :id)', cursor);
    const rows = await query.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, toContent, (p) => timeCursor(p.createdAt, p.id));
  }
}
