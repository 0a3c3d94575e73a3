import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { tagSlug } from '@liblab/domain';
import { containsPattern } from '../../core/database/like-pattern.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput, notFound } from '../../core/graphql/errors.js';
import { TagEntity } from './entities/tag.entity.js';
import { setPostTags } from './post-tags.js';
import { TagSort, type Tag } from './models/tag.model.js';

type TagRow = Tag & { uses: number };

/** Tags are in use while a live inspiration or question carries them; lists show only those. */
const USES = `(SELECT count(*) FROM post_tags pt JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL WHERE pt.tag_id = t.id)::int`;

@Injectable()
export class TagsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces a post's tags inside the caller's transaction; tags new to the network are created. */
  setTags(manager: EntityManager, postId: string, names: readonly string[]): Promise<void> {
    return setPostTags(manager, postId, names);
  }

  async bySlug(slug: string): Promise<Tag> {
    const tag = await this.dataSource.getRepository(TagEntity).findOneBy({ slug: tagSlug(slug) || slug });
    if (!tag) throw notFound('The tag');
    return { id: tag.id, slug: tag.slug, name: tag.name };
  }

  /** Tags in use, most used or alphabetical; two statements whatever the page size. */
  async list(sort: TagSort, search: string | null | undefined, first: number, after?: string | null): Promise<Connection<Tag>> {
    const params: unknown[] = [];
    const where: string[] = [];
    const term = search?.trim();
    if (term) {
      params.push(containsPattern(term));
      where.push(`(t.name ILIKE $${params.length} OR t.slug ILIKE $${params.length})`);
    }
    const base = `SELECT t.id, t.slug, t.name, ${USES} AS uses FROM tags t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [{ count }] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM (${base}) c WHERE c.uses > 0`, params)) as {
      count: number;
    }[];

    const popular = sort === TagSort.POPULAR;
    const cursor = decodeCursor(after, 2);
    const conditions = ['c.uses > 0'];
    const pageParams = [...params];
    if (cursor) {
      const [key, slug] = cursor;
      if (popular ? typeof key !== 'number' : typeof key !== 'string') {
        throw badInput({ field: 'after', message: 'This page cursor is not valid; start again from the first page.' });
      }
      if (popular) {
        pageParams.push(key, slug);
        conditions.push(`(-c.uses, c.slug) > ($${pageParams.length - 1}::int, $${pageParams.length}::text)`);
      } else {
        pageParams.push(slug);
        conditions.push(`c.slug > $${pageParams.length}::text`);
      }
    }
    pageParams.push(first + 1);
    const rows = (await this.dataSource.query(
      `SELECT * FROM (${base}) c WHERE ${conditions.join(' AND ')} ORDER BY ${popular ? 'c.uses DESC, ' : ''}c.slug LIMIT $${pageParams.length}`,
      pageParams,
    )) as TagRow[];
    return toConnection(rows, first, count, ({ id, slug, name }) => ({ id, slug, name }), (t) => (popular ? [-t.uses, t.slug] : ['', t.slug]));
  }
}
