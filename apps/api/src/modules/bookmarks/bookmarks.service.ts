import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { toConnection, type Connection } from '../../core/graphql/connection.js';
import { decodeTimeCursor, timeCursor } from '../posts/cursors.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { PostsService } from '../posts/posts.service.js';

/** A member's private list of inspirations and questions; bookmarking twice changes nothing. */
@Injectable()
export class BookmarksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
  ) {}

  async bookmark(actor: AuthMember, postId: string): Promise<ContentRecord> {
    const post = await this.posts.findLiveContent(postId, ['inspiration', 'question'], 'The inspiration or question');
    await this.dataSource.query('INSERT INTO bookmarks (member_id, post_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [actor.id, post.id]);
    return toContent(post);
  }

  async unbookmark(actor: AuthMember, postId: string): Promise<ContentRecord> {
    const post = await this.posts.findLiveContent(postId, ['inspiration', 'question'], 'The inspiration or question');
    await this.dataSource.query('DELETE FROM bookmarks WHERE member_id = $1 AND post_id = $2', [actor.id, post.id]);
    return toContent(post);
  }

  /** Most recently bookmarked first; deleted content drops out. Two statements whatever the page size. */
  async mine(actor: AuthMember, first: number, after?: string | null): Promise<Connection<ContentRecord>> {
    const query = this.dataSource
      .getRepository(PostEntity)
      .createQueryBuilder('p')
      .innerJoin('bookmarks', 'b', 'b.post_id = p.id AND b.member_id = :memberId', { memberId: actor.id })
      .where('p.deleted_at IS NULL');
    const totalCount = await query.getCount();
    const cursor = decodeTimeCursor(after);
    if (cursor) query.andWhere('(b.created_at, p.id) < (:at, :id)', cursor);
    const { entities, raw } = await query
      .addSelect('b.created_at', 'bookmarked_at')
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ p_id: string; bookmarked_at: Date }>();
    const bookmarkedAt = new Map(raw.map((r) => [r.p_id, r.bookmarked_at]));
    const rows = entities.map((entity) => ({ entity, bookmarkedAt: bookmarkedAt.get(entity.id)! }));
    return toConnection(rows, first, totalCount, (r) => toContent(r.entity), (r) => timeCursor(r.bookmarkedAt, r.entity.id));
  }
}
