import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { forbidden, isUuid, notFound } from '../../core/graphql/errors.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { canDeleteContent } from '../posts/post-access.js';
import { PostsService } from '../posts/posts.service.js';
import { CommentEntity } from './entities/comment.entity.js';
import type { Comment } from './models/comment.model.js';

export function toComment(entity: CommentEntity): Comment {
  return { id: entity.id, body: entity.body, createdAt: entity.createdAt, postId: entity.postId, authorId: entity.authorId };
}

/**
 * Comments. `comment_count` on the post changes in the same transaction as the comment row, so it
 * always equals the live comments.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly rateLimit: RateLimitService,
  ) {}

  async add(actor: AuthMember, contentId: string, body: string): Promise<Comment> {
    await this.posts.findLiveContent(contentId, ['inspiration', 'question', 'answer']);
    await this.rateLimit.consumePosting(actor.id);
    return this.dataSource.transaction(async (manager) => {
      const [, counted]: [unknown[], number] = await manager.query(
        'UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1 AND deleted_at IS NULL',
        [contentId],
      );
      if (!counted) throw notFound('The content');
      const repo = manager.getRepository(CommentEntity);
      return toComment(await repo.save(repo.create({ postId: contentId, authorId: actor.id, body: body.trim() })));
    });
  }

  /** Soft delete by the author or a moderator. */
  async delete(actor: AuthMember, id: string): Promise<string> {
    const comment = isUuid(id) ? await this.dataSource.getRepository(CommentEntity).findOneBy({ id, deletedAt: IsNull() }) : null;
    if (!comment) throw notFound('The comment');
    if (!canDeleteContent(actor, comment)) throw forbidden('Only the author or a moderator can delete this comment.');
    await this.dataSource.transaction(async (manager) => {
      const [, deleted]: [unknown[], number] = await manager.query(
        'UPDATE comments SET deleted_at = now(), deleted_by_id = $2 WHERE id = $1 AND deleted_at IS NULL',
        [id, actor.id],
      );
      if (!deleted) throw notFound('The comment');
      await manager.query('UPDATE posts SET comment_count = comment_count - 1 WHERE id = $1', [comment.postId]);
    });
    return id;
  }
}
