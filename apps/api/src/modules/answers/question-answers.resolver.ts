import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionOf, toConnection, type Connection } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { Question } from '../questions/models/question.model.js';
import { ANSWER_ORDERS } from './answer-order.js';
import { AnswerPageArgs } from './dto/answer.input.js';
import { Answer } from './models/answer.model.js';

export const AnswerConnection = ConnectionOf(Answer, 'Answer');

/** Adds the answers to questions; pages come from a loader, so a list of questions stays constant in cost. */
@Resolver(() => Question)
export class QuestionAnswersResolver {
  @ResolveField(() => AnswerConnection)
  async answers(@Parent() question: Question, @Args() args: AnswerPageArgs, @Context() context: GqlContext): Promise<Connection<ContentRecord>> {
    const order = ANSWER_ORDERS[args.sort];
    const cursor = order.decode(args.after);
    const rows = await context.loaders.answerPage.load({ parentId: question.id, first: args.first, sort: args.sort, cursor });
    return toConnection(rows, args.first, question.answerCount, toContent, order.cursorOf);
  }

  @ResolveField(() => Answer, { nullable: true })
  async acceptedAnswer(@Parent() question: Question, @Context() context: GqlContext): Promise<Answer | null> {
    const answer = await context.loaders.acceptedAnswerByQuestion.load(question.id);
    return answer ? toContent(answer) : null;
  }
}
