import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { hasRole, type AuthMember } from '../../core/auth/auth-member.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { sanitizeRichText } from '../../core/html/rich-text.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { mentionDrafts } from '../notifications/notification-drafts.js';
import { NotifierService } from '../notifications/notifier.service.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { canDeleteContent, canEditContent } from '../posts/post-access.js';
import { PostsService } from '../posts/posts.service.js';
import { QuestionActivityKind, QuestionActivityPublisher } from '../posts/question-activity.publisher.js';

/**
 * Writing answers. `answer_count` on the question changes in the same transaction as the answer row
 * (relative update, serialised by PostgreSQL on the question's row), so it always equals the live answers.
 */
@Injectable()
export class AnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly rateLimit: RateLimitService,
    private readonly notifier: NotifierService,
    private readonly activity: QuestionActivityPublisher,
  ) {}

  /** A live answer to a live question, or NOT_FOUND. */
  findLive(id: string): Promise<PostEntity> {
    return this.posts.findLiveContent(id, ['answer'], 'The answer');
  }

  /** Any member answers; members holding the expert role give expert answers. */
  async create(actor: AuthMember, questionId: string, html: string): Promise<ContentRecord> {
    const body = sanitizeRichText(html);
    await this.posts.findLive(questionId, 'question');
    await this.rateLimit.consumePosting(actor.id);
    const { answer, notifications } = await this.dataSource.transaction(async (manager) => {
      const counted: { language: string; author_id: string | null }[][] = await manager.query(
        `UPDATE posts SET answer_count = answer_count + 1
         WHERE id = $1 AND kind = 'question' AND deleted_at IS NULL RETURNING language, author_id`,
        [questionId],
      );
      const question = counted[0]?.[0];
      if (!question) throw notFound('The question');
      const repo = manager.getRepository(PostEntity);
      const saved = await repo.save(
        repo.create({
          kind: 'answer',
          parentId: questionId,
          authorId: actor.id,
          libraryId: actor.libraryId,
          body,
          language: question.language,
          byExpert: hasRole(actor, 'expert'),
        }),
      );
      const created = await this.notifier.create(manager, [
        { recipientId: question.author_id, kind: 'answer_to_my_question', subjectId: saved.id, postId: saved.id, actorId: actor.id },
        ...mentionDrafts(body, { postId: saved.id }, actor.id),
      ]);
      return { answer: toContent(saved), notifications: created };
    });
    await this.notifier.deliver(notifications);
    await this.activity.publish(answer, QuestionActivityKind.ANSWER_ADDED);
    return answer;
  }

  /** The author only; the answer shows "edited" afterwards. */
  async update(actor: AuthMember, id: string, html: string): Promise<ContentRecord> {
    const answer = await this.findLive(id);
    if (!canEditContent(actor, answer)) throw forbidden('Only the author can edit this answer.');
    const body = sanitizeRichText(html);
    const { saved, notifications } = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const result = await repo.update({ id, deletedAt: IsNull() }, { body, editedAt: new Date() });
      if (!result.affected) throw notFound('The answer');
      // Members named for the first time are told; those named before were told already (unique key).
      const created = await this.notifier.create(manager, mentionDrafts(body, { postId: id }, actor.id));
      return { saved: toContent(await repo.findOneByOrFail({ id })), notifications: created };
    });
    await this.notifier.deliver(notifications);
    await this.activity.publish(saved, QuestionActivityKind.ANSWER_UPDATED);
    return saved;
  }

  /** Soft delete by the author or a moderator; an accepted answer stops being accepted. */
  async delete(actor: AuthMember, id: string): Promise<string> {
    const answer = await this.findLive(id);
    if (!canDeleteContent(actor, answer)) throw forbidden('Only the author or a moderator can delete this answer.');
    await this.dataSource.transaction(async (manager) => {
      const deleted: { parent_id: string }[][] = await manager.query(
        `UPDATE posts SET deleted_at = now(), deleted_by_id = $2, accepted = false
         WHERE id = $1 AND deleted_at IS NULL RETURNING parent_id`,
        [id, actor.id],
      );
      const row = deleted[0]?.[0];
      if (!row) throw notFound('The answer');
      await manager.query('UPDATE posts SET answer_count = answer_count - 1 WHERE id = $1', [row.parent_id]);
    });
    await this.activity.publish(answer, QuestionActivityKind.ANSWER_DELETED);
    return id;
  }
}
