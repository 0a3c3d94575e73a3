import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { notFound } from '../../core/graphql/errors.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { toContent } from '../posts/models/content-record.js';
import { PostsService } from '../posts/posts.service.js';
import { Question } from '../questions/models/question.model.js';
import { AnswerAcceptanceService, canAccept } from './answer-acceptance.service.js';
import { AnswersService } from './answers.service.js';
import { AnswerBodyInput, CreateAnswerInput } from './dto/answer.input.js';
import { Answer } from './models/answer.model.js';

@Resolver(() => Answer)
export class AnswersResolver {
  constructor(
    private readonly answers: AnswersService,
    private readonly acceptance: AnswerAcceptanceService,
    private readonly posts: PostsService,
  ) {}

  @Query(() => Answer, {
    description: 'One live answer of a live question: for its comments past the first page and who reacted to it.',
  })
  async answer(@Args('id', { type: () => ID }) id: string): Promise<Answer> {
    return toContent(await this.posts.findLiveContent(id, ['answer'], 'The answer')) as Answer;
  }

  @Mutation(() => Answer, { description: 'Any member answers; answers by experts are marked byExpert.' })
  createAnswer(@CurrentMember() actor: AuthMember, @Args('input') input: CreateAnswerInput): Promise<Answer> {
    return this.answers.create(actor, input.questionId, input.body);
  }

  @Mutation(() => Answer, { description: 'The author only.' })
  updateAnswer(
    @CurrentMember() actor: AuthMember,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AnswerBodyInput,
  ): Promise<Answer> {
    return this.answers.update(actor, id, input.body);
  }

  @Mutation(() => ID, { description: 'The author or a moderator; returns the id of the deleted answer.' })
  deleteAnswer(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.answers.delete(actor, id);
  }

  @Mutation(() => Answer, { description: 'The asker or a coordinator/admin; replaces any answer accepted before.' })
  acceptAnswer(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Answer> {
    return this.acceptance.setAccepted(actor, id, true);
  }

  @Mutation(() => Answer, { description: 'The asker or a coordinator/admin.' })
  unacceptAnswer(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Answer> {
    return this.acceptance.setAccepted(actor, id, false);
  }

  @ResolveField(() => Question)
  async question(@Parent() answer: Answer, @Context() context: GqlContext): Promise<Question> {
    const question = await context.loaders.postById.load(answer.parentId!);
    if (!question) throw notFound('The question');
    return toContent(question);
  }

  @ResolveField(() => Boolean, { description: 'The viewer asked the question or moderates.' })
  async viewerCanAccept(
    @Parent() answer: Answer,
    @CurrentMember() actor: AuthMember | null,
    @Context() context: GqlContext,
  ): Promise<boolean> {
    const question = await context.loaders.postById.load(answer.parentId!);
    return !!question && canAccept(actor, question);
  }
}
