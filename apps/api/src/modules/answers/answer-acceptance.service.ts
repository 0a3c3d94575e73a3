import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { forbidden } from '../../core/graphql/errors.js';
import { NotifierService } from '../notifications/notifier.service.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { isModerator } from '../posts/post-access.js';
import { PostsService } from '../posts/posts.service.js';
import { QuestionActivityKind, QuestionActivityPublisher } from '../posts/question-activity.publisher.js';
import { AnswersService } from './answers.service.js';

/** The person who asked, or a moderator (coordinator, admin), accepts at most one answer per question. */
export function canAccept(actor: AuthMember | null | undefined, question: { authorId: string | null }): boolean {
  return !!actor && (question.authorId === actor.id || isModerator(actor));
}

@Injectable()
export class AnswerAcceptanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly answers: AnswersService,
    private readonly notifier: NotifierService,
    private readonly activity: QuestionActivityPublisher,
  ) {}

  async setAccepted(actor: AuthMember, answerId: string, accepted: boolean): Promise<ContentRecord> {
    const answer = await this.answers.findLive(answerId);
    const question = await this.posts.findLive(answer.parentId!, 'question');
    if (!canAccept(actor, question)) {
      throw forbidden('Only the person who asked, or a coordinator, can accept an answer.');
    }
    const notifications = await this.dataSource.transaction(async (manager) => {
      // Accepts on one question queue on its row; the partial unique index is the last guard.
      await manager.query('SELECT id FROM posts WHERE id = $1 FOR UPDATE', [question.id]);
      if (accepted) {
        await manager.query('UPDATE posts SET accepted = false WHERE parent_id = $1 AND accepted AND id <> $2', [question.id, answerId]);
      }
      await manager.query('UPDATE posts SET accepted = $2 WHERE id = $1 AND deleted_at IS NULL', [answerId, accepted]);
      if (!accepted) return [];
      // Accepting the same answer again (after withdrawing) is the same event: the unique key keeps it one.
      return this.notifier.create(manager, [
        { recipientId: answer.authorId, kind: 'answer_accepted', subjectId: answerId, postId: answerId, actorId: actor.id },
      ]);
    });
    await this.notifier.deliver(notifications);
    await this.activity.publish(answer, QuestionActivityKind.ACCEPTED_CHANGED);
    return toContent(await this.dataSource.getRepository(PostEntity).findOneByOrFail({ id: answerId }));
  }
}
