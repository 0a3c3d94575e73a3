import { Inject } from '@nestjs/common';
import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import { Answer } from '../answers/models/answer.model.js';
import { toComment } from '../comments/comments.service.js';
import { Comment } from '../comments/models/comment.model.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { PostsService } from '../posts/posts.service.js';
import type { QuestionActivityEvent } from '../posts/question-activity.publisher.js';
import { QuestionActivity } from './models/question-activity.model.js';

/** Reads the current state for an event: the question, the content, the accepted answer. */
async function currentState(event: QuestionActivityEvent, context: GqlContext): Promise<QuestionActivity> {
  const { loaders } = context;
  // A subscription keeps its context for its whole life: clear so every event reads fresh data.
  loaders.postById.clearAll();
  loaders.commentById.clearAll();
  loaders.acceptedAnswerByQuestion.clearAll();
  const [question, content, accepted] = await Promise.all([
    loaders.postById.load(event.questionId),
    loaders.postById.load(event.contentId),
    loaders.acceptedAnswerByQuestion.load(event.questionId),
  ]);
  return {
    kind: event.kind,
    questionId: event.questionId,
    contentId: event.contentId,
    commentId: event.commentId ?? null,
    answerCount: question?.answerCount ?? 0,
    voteCount: content?.voteCount ?? null,
    commentCount: content?.commentCount ?? null,
    acceptedAnswerId: accepted?.id ?? null,
    question: question ? toContent(question) : null,
    content: content ? toContent(content) : null,
  };
}

@Resolver(() => QuestionActivity)
export class QuestionActivityResolver {
  constructor(
    private readonly posts: PostsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Subscription(() => QuestionActivity, {
    description: 'New, changed and deleted answers, comments, votes and acceptance on a question page, as they happen.',
    filter: (payload: QuestionActivityEvent, variables: { questionId: string }) => payload.questionId === variables.questionId,
    resolve: (payload: QuestionActivityEvent, _args: unknown, context: GqlContext) => currentState(payload, context),
  })
  async questionActivity(@Args('questionId', { type: () => ID }) questionId: string) {
    await this.posts.findLive(questionId, 'question');
    return this.pubSub.asyncIterableIterator(CHANNELS.questionActivity);
  }

  @ResolveField(() => Answer, { nullable: true, description: 'The answer, when the content is one.' })
  answer(@Parent() activity: QuestionActivity): ContentRecord | null {
    return activity.content?.kind === 'answer' ? activity.content : null;
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The comment added; null once deleted.' })
  async comment(@Parent() activity: QuestionActivity, @Context() context: GqlContext): Promise<Comment | null> {
    if (!activity.commentId) return null;
    const entity = await context.loaders.commentById.load(activity.commentId);
    return entity ? toComment(entity) : null;
  }
}
