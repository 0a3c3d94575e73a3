import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { eventQuestionsOpen } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { toConnection, type Connection } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { decodeTimeCursor, timeCursor } from '../posts/cursors.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { QuestionInput } from '../questions/dto/question.input.js';
import { Question } from '../questions/models/question.model.js';
import { QuestionConnection } from '../questions/questions.resolver.js';
import { EventQuestionsArgs } from './dto/event.input.js';
import { EventQuestionsService, isOrganiser } from './event-questions.service.js';
import { toEvent } from './events.service.js';
import { Event } from './models/event.model.js';

/**
 * Questions collected during an event and answered afterwards. The counts and whether questions are open
 * are public like the event; the questions themselves are content, so visitors get null (as every list
 * of questions is for members only).
 */
@Resolver(() => Event)
export class EventQuestionsResolver {
  constructor(private readonly eventQuestions: EventQuestionsService) {}

  @Mutation(() => Question, {
    description:
      'Asks a question at an event: confirmed registrants and organisers, from its start until 7 days after its end. ' +
      'CONFLICT reasons: EVENT_CANCELLED, EVENT_NOT_STARTED, QUESTIONS_CLOSED; FORBIDDEN reasons: NOT_REGISTERED, NOT_CONFIRMED (waitlisted).',
  })
  askAtEvent(
    @CurrentMember() actor: AuthMember,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: QuestionInput,
  ): Promise<ContentRecord> {
    return this.eventQuestions.ask(actor, eventId, input);
  }

  @ResolveField(() => QuestionConnection, {
    nullable: true,
    description: 'Questions asked at the event, in the order they were asked; null for visitors (questions are for members).',
  })
  async questions(
    @Parent() event: Event,
    @Args() args: EventQuestionsArgs,
    @CurrentMember() viewer: AuthMember | null,
    @Context() context: GqlContext,
  ): Promise<Connection<ContentRecord> | null> {
    if (!viewer) return null;
    const decoded = decodeTimeCursor(args.after);
    const unanswered = !!args.unanswered;
    const [rows, counts] = await Promise.all([
      context.loaders.eventQuestionPage.load({
        parentId: event.id,
        first: args.first,
        unanswered,
        cursor: decoded ? [decoded.at.toISOString(), decoded.id] : null,
      }),
      context.loaders.eventQuestionCounts.load(event.id),
    ]);
    return toConnection(
      rows,
      args.first,
      unanswered ? counts.unanswered : counts.total,
      (row) => toContent(row.question),
      (row) => timeCursor(row.question.createdAt, row.question.id),
    );
  }

  @ResolveField(() => Int, { description: 'Questions asked at the event (deleted ones not counted).' })
  async questionCount(@Parent() event: Event, @Context() context: GqlContext): Promise<number> {
    return (await context.loaders.eventQuestionCounts.load(event.id)).total;
  }

  @ResolveField(() => Int, { description: 'Questions asked at the event that have no answer yet.' })
  async unansweredQuestionCount(@Parent() event: Event, @Context() context: GqlContext): Promise<number> {
    return (await context.loaders.eventQuestionCounts.load(event.id)).unanswered;
  }

  @ResolveField(() => Boolean, { description: 'Whether questions can be asked now: from the start until 7 days after the end, unless cancelled.' })
  questionsOpen(@Parent() event: Event): boolean {
    return eventQuestionsOpen(event, new Date());
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may ask now: questions are open and they have a confirmed place or organise.' })
  async viewerCanAskQuestion(
    @Parent() event: Event,
    @CurrentMember() viewer: AuthMember | null,
    @Context() context: GqlContext,
  ): Promise<boolean> {
    if (!viewer || !eventQuestionsOpen(event, new Date())) return false;
    if (isOrganiser(viewer, event)) return true;
    return (await context.loaders.liveRegistration.load({ eventId: event.id, memberId: viewer.id }))?.status === 'confirmed';
  }
}

/** `Question.event`: the event a question was asked at, through a loader. */
@Resolver(() => Question)
export class QuestionEventResolver {
  @ResolveField(() => Event, { nullable: true, description: 'The event it was asked at, if any.' })
  async event(@Parent() question: Question, @Context() context: GqlContext): Promise<Event | null> {
    const event = await context.loaders.eventByQuestionId.load(question.id);
    return event ? toEvent(event) : null;
  }
}
