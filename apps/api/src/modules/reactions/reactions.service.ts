import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReactionKind } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { decodeCursor } from '../../core/graphql/connection.js';
import { badInput, isUuid } from '../../core/graphql/errors.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { PostsService } from '../posts/posts.service.js';
import type { ReactionPageKey } from './reactions.loaders.js';

/** Decodes a "who reacted" cursor: (created_at, member id, kind). */
export function decodeReactionCursor(after: string | null | undefined): ReactionPageKey['cursor'] {
  const key = decodeCursor(after, 3);
  if (!key) return null;
  const [at, memberId, kind] = key;
  if (typeof at !== 'string' || Number.isNaN(new Date(at).getTime()) || typeof memberId !== 'string' || !isUuid(memberId) || typeof kind !== 'string') {
    throw badInput({ field: 'after', message: 'This page cursor is not valid; start again from the first page.' });
  }
  return { at, memberId, kind };
}

/**
 * Reactions to inspirations, questions and answers: one of each kind per member (the primary key), so
 * reacting twice or taking a reaction back twice changes nothing. Counts per kind are grouped from the
 * rows; `posts.reaction_count` (all kinds, for the feed's "useful" order) moves with them in one transaction.
 */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly rateLimit: RateLimitService,
  ) {}

  async react(actor: AuthMember, contentId: string, kind: ReactionKind): Promise<ContentRecord> {
    const post = await this.posts.findLiveContent(contentId, ['inspiration', 'question', 'answer']);
    await this.rateLimit.consumeVoting(actor.id);
    // posts.reaction_count moves only when a row was really added, in the same transaction.
    await this.dataSource.transaction(async (manager) => {
      const added: unknown[] = await manager.query(
        'INSERT INTO reactions (post_id, member_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id',
        [post.id, actor.id, kind],
      );
      if (added.length) await manager.query('UPDATE posts SET reaction_count = reaction_count + 1 WHERE id = $1', [post.id]);
    });
    return toContent(post);
  }

  async unreact(actor: AuthMember, contentId: string, kind: ReactionKind): Promise<ContentRecord> {
    const post = await this.posts.findLiveContent(contentId, ['inspiration', 'question', 'answer']);
    await this.rateLimit.consumeVoting(actor.id);
    await this.dataSource.transaction(async (manager) => {
      // TypeORM answers a DELETE with [rows, affected count].
      const [removed]: [unknown[], number] = await manager.query(
        'DELETE FROM reactions WHERE post_id = $1 AND member_id = $2 AND kind = $3 RETURNING post_id',
        [post.id, actor.id, kind],
      );
      if (removed.length) await manager.query('UPDATE posts SET reaction_count = reaction_count - 1 WHERE id = $1', [post.id]);
    });
    return toContent(post);
  }
}
