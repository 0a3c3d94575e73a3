import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { tagSlug } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { decodeCursor, encodeCursor } from '../../core/graphql/connection.js';
import { badInput, isUuid } from '../../core/graphql/errors.js';
import type { LanguageEnum } from '../../core/graphql/domain-enums.js';
import type { ContentRecord } from '../posts/models/content-record.js';
import type { FeedFilter } from './dto/feed.args.js';
import { FeedReason, FeedSort, type FeedConnection, type FeedEdge } from './models/feed.model.js';

/** FOR_YOU ranks followed posts first while they are this recent, so the followed block stays bounded. */
export const FOLLOWED_WINDOW_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** Cursors name their order first, so a cursor of one order is refused by another. */
type FeedCursor =
  | { sort: FeedSort.FOR_YOU; since: Date; followed: boolean; at: Date; id: string }
  | { sort: FeedSort.NEWEST; at: Date; id: string }
  | { sort: FeedSort.USEFUL; score: number; id: string };

function invalidCursor(): Error {
  return badInput({ field: 'after', message: 'This page cursor is not valid; start again from the first page.' });
}

function date(value: unknown): Date {
  const d = typeof value === 'string' ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) throw invalidCursor();
  return d;
}

function uuid(value: unknown): string {
  if (typeof value !== 'string' || !isUuid(value)) throw invalidCursor();
  return value;
}

function readCursor(sort: FeedSort, after: string | null | undefined): FeedCursor | null {
  if (!after) return null;
  const arity = sort === FeedSort.FOR_YOU ? 5 : 3;
  const key = decodeCursor(after, arity)!;
  if (key[0] !== sort) throw invalidCursor();
  switch (sort) {
    case FeedSort.FOR_YOU:
      if (key[2] !== 0 && key[2] !== 1) throw invalidCursor();
      return { sort, since: date(key[1]), followed: key[2] === 1, at: date(key[3]), id: uuid(key[4]) };
    case FeedSort.NEWEST:
      return { sort, at: date(key[1]), id: uuid(key[2]) };
    case FeedSort.USEFUL:
      if (typeof key[1] !== 'number' || !Number.isInteger(key[1])) throw invalidCursor();
      return { sort, score: key[1], id: uuid(key[2]) };
  }
}

interface FeedRow {
  id: string;
  kind: 'inspiration' | 'question';
  author_id: string | null;
  library_id: string | null;
  title: string | null;
  summary: string;
  body: string;
  language: string;
  links: ContentRecord['links'];
  attachments: ContentRecord['attachments'];
  vote_count: number;
  answer_count: number;
  comment_count: number;
  score: number;
  created_at: Date;
  edited_at: Date | null;
  block: boolean;
  by_member: boolean;
  by_library: boolean;
  by_tag: boolean;
}

function toRecord(row: FeedRow): ContentRecord {
  return {
    kind: row.kind,
    id: row.id,
    parentId: null,
    authorId: row.author_id,
    libraryId: row.library_id,
    title: row.title ?? '',
    summary: row.summary,
    body: row.body,
    language: row.language as LanguageEnum,
    links: row.links,
    attachments: row.attachments,
    byExpert: false,
    accepted: false,
    voteCount: row.vote_count,
    answerCount: row.answer_count,
    commentCount: row.comment_count,
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}

/** Collects parameters and hands out their `$n` placeholders. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The home feed: live inspirations and questions, one SQL statement per page whatever its size (field
 * resolvers then batch through DataLoaders). Keyset paging on the order's own key, so a page never repeats
 * or skips a post that was there when the first page was read; no total count (see FeedConnection).
 */
@Injectable()
export class FeedService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The statement and its parameters, apart so tools/bench.ts can replay exactly what the API runs. */
  buildQuery(viewer: AuthMember, filter: FeedFilter, first: number, after?: string | null): { sql: string; params: unknown[]; sort: FeedSort; since: Date | null } {
    const sort = filter.sort ?? FeedSort.FOR_YOU;
    const cursor = readCursor(sort, after);
    const p = new Params();
    const me = p.add(viewer.id);

    const where = [`p.deleted_at IS NULL`];
    if (filter.unanswered) where.push(`p.kind = 'question'`, `p.answer_count = 0`);
    if (filter.kind) where.push(`p.kind = ${p.add(filter.kind)}`);
    else if (!filter.unanswered) where.push(`p.kind IN ('inspiration', 'question')`);
    if (filter.language) where.push(`p.language = ${p.add(filter.language)}`);
    if (filter.region) where.push(`p.library_id IN (SELECT l.id FROM libraries l WHERE l.region = ${p.add(filter.region)})`);
    if (filter.tag) {
      where.push(`EXISTS (SELECT 1 FROM post_tags ft JOIN tags t ON t.id = ft.tag_id WHERE ft.post_id = p.id AND t.slug = ${p.add(tagSlug(filter.tag))})`);
    }
    // What the viewer follows, read once per statement (InitPlans); the viewer's own posts never count as followed.
    const byMember = `coalesce(p.author_id = ANY(ARRAY(SELECT followee_id FROM member_follows WHERE follower_id = ${me})), false)`;
    const byLibrary = `coalesce(p.library_id = ANY(ARRAY(SELECT library_id FROM library_follows WHERE follower_id = ${me})), false)`;
    // An array overlap rather than EXISTS: PostgreSQL would hash every post of the followed tags (thousands of
    // rows) for an EXISTS; this probes the post's own tags, row by row, for the few rows a page reads.
    const byTag = `ARRAY(SELECT pt.tag_id FROM post_tags pt WHERE pt.post_id = p.id) && ARRAY(SELECT tag_id FROM tag_follows WHERE member_id = ${me})`;
    const notMine = `p.author_id IS DISTINCT FROM ${me}`;
    const followed = `(${notMine} AND (${byMember} OR ${byLibrary} OR ${byTag}))`;
    const limit = p.add(first + 1);
    const columns = `p.id, p.kind, p.author_id, p.library_id, p.title, p.summary, p.body, p.language, p.links, p.attachments,
      p.vote_count, p.answer_count, p.comment_count, p.vote_count + p.reaction_count AS score, p.created_at, p.edited_at,
      ${notMine} AND ${byMember} AS by_member, ${notMine} AND ${byLibrary} AS by_library, ${notMine} AND ${byTag} AS by_tag`;
    const filters = where.join(' AND ');

    switch (sort) {
      case FeedSort.NEWEST: {
        const keyset = cursor?.sort === FeedSort.NEWEST ? ` AND (p.created_at, p.id) < (${p.add(cursor.at)}, ${p.add(cursor.id)})` : '';
        const sql = `SELECT ${columns}, false AS block FROM posts p WHERE ${filters}${keyset}
          ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit}`;
        return { sql, params: p.values, sort, since: null };
      }
      case FeedSort.USEFUL: {
        const keyset =
          cursor?.sort === FeedSort.USEFUL ? ` AND (p.vote_count + p.reaction_count, p.id) < (${p.add(cursor.score)}, ${p.add(cursor.id)})` : '';
        const sql = `SELECT ${columns}, false AS block FROM posts p WHERE ${filters}${keyset}
          ORDER BY p.vote_count + p.reaction_count DESC, p.id DESC LIMIT ${limit}`;
        return { sql, params: p.values, sort, since: null };
      }
      case FeedSort.FOR_YOU: {
        // The window is fixed by the first page and carried in the cursor, so paging stays stable.
        const sinceDate = cursor?.sort === FeedSort.FOR_YOU ? cursor.since : new Date(Date.now() - FOLLOWED_WINDOW_DAYS * DAY);
        const since = p.add(sinceDate);
        const inBlock = `(p.created_at >= ${since} AND ${followed})`;
        // Two keyset-bounded branches (the followed block, then the rest), each reading at most one page
        // from the (created_at, id) index; the outer ORDER BY puts the block first.
        let blockKeyset = '';
        let restKeyset = '';
        if (cursor?.sort === FeedSort.FOR_YOU) {
          const at = p.add(cursor.at);
          const id = p.add(cursor.id);
          if (cursor.followed) blockKeyset = ` AND (p.created_at, p.id) < (${at}, ${id})`;
          else {
            blockKeyset = ' AND false';
            restKeyset = ` AND (p.created_at, p.id) < (${at}, ${id})`;
          }
        }
        const sql = `SELECT * FROM (
            (SELECT ${columns}, true AS block FROM posts p WHERE ${filters} AND ${inBlock}${blockKeyset}
             ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit})
            UNION ALL
            (SELECT ${columns}, false AS block FROM posts p WHERE ${filters} AND NOT ${inBlock}${restKeyset}
             ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit})
          ) feed ORDER BY block DESC, created_at DESC, id DESC LIMIT ${limit}`;
        return { sql, params: p.values, sort, since: sinceDate };
      }
    }
  }

  async page(viewer: AuthMember, filter: FeedFilter, first: number, after?: string | null): Promise<FeedConnection> {
    const { sql, params, sort, since } = this.buildQuery(viewer, filter, first, after);
    const rows: FeedRow[] = await this.dataSource.query(sql, params);
    const cursorOf = (row: FeedRow): (string | number)[] => {
      switch (sort) {
        case FeedSort.FOR_YOU:
          return [sort, since!.toISOString(), row.block ? 1 : 0, row.created_at.toISOString(), row.id];
        case FeedSort.NEWEST:
          return [sort, row.created_at.toISOString(), row.id];
        case FeedSort.USEFUL:
          return [sort, Number(row.score), row.id];
      }
    };
    const edges: FeedEdge[] = rows.slice(0, first).map((row) => {
      const followedBecause = [
        ...(row.by_member ? [FeedReason.MEMBER] : []),
        ...(row.by_library ? [FeedReason.LIBRARY] : []),
        ...(row.by_tag ? [FeedReason.TAG] : []),
      ];
      return { cursor: encodeCursor(cursorOf(row)), node: toRecord(row), followed: followedBecause.length > 0, followedBecause };
    });
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
