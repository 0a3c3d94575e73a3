import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { ConnectionOf } from '../../core/graphql/connection.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { toContent } from '../posts/models/content-record.js';
import { PostWriterService } from '../posts/post-writer.service.js';
import { PostsService } from '../posts/posts.service.js';
import { QuestionFilter, QuestionInput } from './dto/question.input.js';
import { Question } from './models/question.model.js';

export const QuestionConnection = ConnectionOf(Question, 'Question');

@Resolver(() => Question)
export class QuestionsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly writer: PostWriterService,
  ) {}

  @Query(() => Question)
  async question(@Args('id', { type: () => ID }) id: string): Promise<Question> {
    return toContent(await this.posts.findLive(id, 'question'));
  }

  @Query(() => QuestionConnection, { description: 'Questions, newest first; `unanswered: true` finds those waiting for help.' })
  questions(
    @Args() paging: PagingArgs,
    @Args('filter', { type: () => QuestionFilter, nullable: true }) filter?: QuestionFilter,
  ) {
    return this.posts.list('question', filter ?? {}, paging.first, paging.after);
  }

  @Mutation(() => Question)
  createQuestion(@CurrentMember() actor: AuthMember, @Args('input') input: QuestionInput): Promise<Question> {
    return this.writer.create(actor, 'question', input);
  }

  @Mutation(() => Question, { description: 'The author only.' })
  updateQuestion(
    @CurrentMember() actor: AuthMember,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: QuestionInput,
  ): Promise<Question> {
    return this.writer.update(actor, 'question', id, input);
  }

  @Mutation(() => ID, { description: 'The author or a moderator; returns the id of the deleted question.' })
  deleteQuestion(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.writer.delete(actor, 'question', id);
  }
}
