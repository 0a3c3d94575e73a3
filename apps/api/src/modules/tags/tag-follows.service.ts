import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import type { Tag } from './models/tag.model.js';
import { TagsService } from './tags.service.js';

/** Members follow tags to hear of new inspirations and questions with them; following twice changes nothing. */
@Injectable()
export class TagFollowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tags: TagsService,
  ) {}

  async follow(actor: AuthMember, slug: string): Promise<Tag> {
    const tag = await this.tags.bySlug(slug);
    await this.dataSource.query('INSERT INTO tag_follows (member_id, tag_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [actor.id, tag.id]);
    return tag;
  }

  async unfollow(actor: AuthMember, slug: string): Promise<Tag> {
    const tag = await this.tags.bySlug(slug);
    await this.dataSource.query('DELETE FROM tag_follows WHERE member_id = $1 AND tag_id = $2', [actor.id, tag.id]);
    return tag;
  }

  /** The member's followed tags by slug; two statements whatever the page size. */
  async mine(actor: AuthMember, first: number, after?: string | null): Promise<Connection<Tag>> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM tag_follows WHERE member_id = $1',
      [actor.id],
    );
    const cursor = decodeCursor(after, 1);
    const params: unknown[] = [actor.id];
    if (cursor) params.push(String(cursor[0]));
    params.push(first + 1);
    const rows: Tag[] = await this.dataSource.query(
      `SELECT t.id, t.slug, t.name FROM tag_follows f JOIN tags t ON t.id = f.tag_id
       WHERE f.member_id = $1 ${cursor ? 'AND t.slug > $2' : ''} ORDER BY t.slug LIMIT $${params.length}`,
      params,
    );
    return toConnection(rows, first, count, (t) => t, (t) => [t.slug]);
  }
}
