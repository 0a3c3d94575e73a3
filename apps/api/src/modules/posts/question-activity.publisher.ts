import { Inject, Injectable, Logger } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import type { ContentKind } from './entities/post.entity.js';

export enum QuestionActivityKind {
  ANSWER_ADDED = 'ANSWER_ADDED',
  ANSWER_UPDATED = 'ANSWER_UPDATED',
  ANSWER_DELETED = 'ANSWER_DELETED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  VOTES_CHANGED = 'VOTES_CHANGED',
  ACCEPTED_CHANGED = 'ACCEPTED_CHANGED',
  QUESTION_UPDATED = 'QUESTION_UPDATED',
  QUESTION_DELETED = 'QUESTION_DELETED',
}
registerEnumType(QuestionActivityKind, {
  name: 'QuestionActivityKind',
  description: 'What changed on a question page: its answers, the comments on it or its answers, votes, acceptance, the question itself.',
});

/** What the channel carries: ids only; subscribers load the current state. */
export interface QuestionActivityEvent {
  questionId: string;
  kind: QuestionActivityKind;
  /** The question or answer that was commented or voted on, or the answer added, changed or (un)accepted. */
  contentId: string;
  commentId?: string | null;
}

/**
 * Tells question pages what changed. Services call it after their transaction committed, so a page that
 * reloads on the event sees the change. A failing publish is logged and does not fail the request: the
 * change is saved and the page shows it on the next load.
 */
@Injectable()
export class QuestionActivityPublisher {
  private readonly logger = new Logger(QuestionActivityPublisher.name);

  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  /** For an event on a question or one of its answers; inspirations have no question page, so nothing is sent. */
  async publish(
    content: { id: string; kind: ContentKind; parentId: string | null },
    kind: QuestionActivityKind,
    commentId: string | null = null,
  ): Promise<void> {
    const questionId = content.kind === 'question' ? content.id : content.kind === 'answer' ? content.parentId : null;
    if (!questionId) return;
    const event: QuestionActivityEvent = { questionId, kind, contentId: content.id, commentId };
    await this.pubSub.publish(CHANNELS.questionActivity, event).catch((error: unknown) => {
      this.logger.error(`Could not publish ${kind} on question ${questionId}: ${String(error)}`);
    });
  }
}
