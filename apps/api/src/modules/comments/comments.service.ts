import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { forbidden, isUuid, notFound } from '../../core/graphql/errors.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { mentionDrafts } from '../notifications/notification-drafts.js';
import { NotifierService } from '../notifications/notifier.service.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { canDeleteContent } from '../posts/post-access.js';
import { PostsService } from '../posts/posts.service.js';
import { QuestionActivityKind, QuestionActivityPublisher } from '../posts/question-activity.publisher.js';
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
    private readonly notifier: NotifierService,
    private readonly activity: QuestionActivityPublisher,
  ) {}

  async add(actor: AuthMember, contentId: string, body: string): Promise<Comment> {
    const content = await this.posts.findLiveContent(contentId, ['inspiration', 'question', 'answer']);
    await this.rateLimit.consumePosting(actor.id);
    const { comment, notifications } = await this.dataSource.transaction(async (manager) => {
      const [, counted]: [unknown[], number] = await manager.query(
        'UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1 AND deleted_at IS NULL',
        [contentId],
      );
      if (!counted) throw notFound('The content');
      const repo = manager.getRepository(CommentEntity);
      const saved = await repo.save(repo.create({ postId: contentId, authorId: actor.id, body: body.trim() }));
      const place = { postId: contentId, commentId: saved.id };
      const created = await this.notifier.create(manager, [
        { recipientId: content.authorId, kind: 'comment_on_my_content', subjectId: saved.id, ...place, actorId: actor.id },
        ...mentionDrafts(saved.body, place, actor.id),
      ]);
      return { comment: toComment(saved), notifications: created };
    });
    await this.notifier.deliver(notifications);
    await this.activity.publish(content, QuestionActivityKind.COMMENT_ADDED, comment.id);
    return comment;
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
    const content = await this.dataSource.getRepository(PostEntity).findOneBy({ id: comment.postId });
    if (content) await this.activity.publish(content, QuestionActivityKind.COMMENT_DELETED, id);
    return id;
  }
}
