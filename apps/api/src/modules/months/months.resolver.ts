import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember, Roles } from '../../core/auth/decorators.js';
import { ConnectionOf, toConnection, type Connection } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { Inspiration } from '../inspirations/models/inspiration.model.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { decodeTimeCursor, timeCursor } from '../posts/cursors.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { QuestionInput } from '../questions/dto/question.input.js';
import { Question } from '../questions/models/question.model.js';
import { ArchiveMonthInput, MonthFilter, MonthInput, MonthQuestionsArgs } from './dto/month.input.js';
import type { MonthStatus } from './entities/month.entity.js';
import { Month, MonthQuestion, MonthStats, MonthStatusEnum, toMonth } from './models/month.model.js';
import { MonthArchiveService } from './month-archive.service.js';
import { MonthQuestionsService } from './month-questions.service.js';
import { canManageMonths, MonthsService } from './months.service.js';

export const MonthConnection = ConnectionOf(Month, 'Month');
export const MonthQuestionConnection = ConnectionOf(MonthQuestion, 'MonthQuestion');

/** Thematic months: members read them (drafts only coordinators and admins) and ask while one is open. */
@Resolver(() => Month)
export class MonthsResolver {
  constructor(
    private readonly monthsService: MonthsService,
    private readonly monthQuestions: MonthQuestionsService,
    private readonly archiver: MonthArchiveService,
  ) {}

  @Query(() => Month, { description: 'A month; drafts are NOT_FOUND except for coordinators and admins.' })
  async month(@CurrentMember() viewer: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Month> {
    return toMonth(await this.monthsService.findVisible(viewer, id));
  }

  @Query(() => MonthConnection, {
    description: 'Months that have not ended (running or upcoming, soonest first), then past months (newest first).',
  })
  months(
    @CurrentMember() viewer: AuthMember,
    @Args() paging: PagingArgs,
    @Args('filter', { type: () => MonthFilter, nullable: true }) filter?: MonthFilter,
  ): Promise<Connection<Month>> {
    return this.monthsService.list(viewer, filter ?? {}, paging.first, paging.after);
  }

  @Roles('coordinator')
  @Mutation(() => Month, { description: 'Coordinators and admins; the month starts as a DRAFT.' })
  createMonth(@CurrentMember() actor: AuthMember, @Args('input') input: MonthInput): Promise<Month> {
    return this.monthsService.create(actor, input);
  }

  @Roles('coordinator')
  @Mutation(() => Month, { description: 'Coordinators and admins; archived months cannot change.' })
  updateMonth(@Args('id', { type: () => ID }) id: string, @Args('input') input: MonthInput): Promise<Month> {
    return this.monthsService.update(id, input);
  }

  @Roles('coordinator')
  @Mutation(() => Month, {
    description: 'Moves the month one step forward, to `to` (ANNOUNCED, OPEN or WRAP_UP); archiving is archiveMonth. Anything else is refused.',
  })
  advanceMonth(@Args('id', { type: () => ID }) id: string, @Args('to', { type: () => MonthStatusEnum }) to: MonthStatusEnum): Promise<Month> {
    return this.monthsService.advance(id, to as MonthStatus);
  }

  @Roles('coordinator')
  @Mutation(() => Month, { description: 'After the wrap-up: gathers the summary and best answers into an inspiration and archives the month.' })
  archiveMonth(
    @CurrentMember() actor: AuthMember,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ArchiveMonthInput,
  ): Promise<Month> {
    return this.archiver.archive(actor, id, input);
  }

  @Roles('coordinator')
  @Mutation(() => Month)
  inviteExpert(@Args('monthId', { type: () => ID }) monthId: string, @Args('memberId', { type: () => ID }) memberId: string): Promise<Month> {
    return this.monthsService.inviteExpert(monthId, memberId);
  }

  @Roles('coordinator')
  @Mutation(() => Month)
  removeExpert(@Args('monthId', { type: () => ID }) monthId: string, @Args('memberId', { type: () => ID }) memberId: string): Promise<Month> {
    return this.monthsService.removeExpert(monthId, memberId);
  }

  @Mutation(() => Question, { description: 'Asks a question in a month; only while the month is OPEN.' })
  askInMonth(
    @CurrentMember() actor: AuthMember,
    @Args('monthId', { type: () => ID }) monthId: string,
    @Args('input') input: QuestionInput,
  ): Promise<ContentRecord> {
    return this.monthQuestions.ask(actor, monthId, input);
  }

  @ResolveField(() => [Member], { description: 'Invited experts, by name.' })
  async experts(@Parent() month: Month, @Context() context: GqlContext): Promise<Member[]> {
    return (await context.loaders.monthExperts.load(month.id)).map(toMember);
  }

  @ResolveField(() => Member, { nullable: true, description: 'The coordinator who created the month; null if their account was erased.' })
  async createdBy(@Parent() month: Month, @Context() context: GqlContext): Promise<Member | null> {
    if (!month.createdById) return null;
    const member = await context.loaders.memberById.load(month.createdById);
    return member ? toMember(member) : null;
  }

  @ResolveField(() => MonthStats)
  stats(@Parent() month: Month, @Context() context: GqlContext): Promise<MonthStats> {
    return context.loaders.monthStats.load(month.id);
  }

  @ResolveField(() => MonthQuestionConnection, { description: 'Questions asked in the month, newest first.' })
  async questions(@Parent() month: Month, @Args() args: MonthQuestionsArgs, @Context() context: GqlContext): Promise<Connection<MonthQuestion>> {
    const decoded = decodeTimeCursor(args.after);
    const unanswered = !!args.unanswered;
    const [rows, stats] = await Promise.all([
      context.loaders.monthQuestionPage.load({
        parentId: month.id,
        first: args.first,
        unanswered,
        cursor: decoded ? [decoded.at.toISOString(), decoded.id] : null,
      }),
      context.loaders.monthStats.load(month.id),
    ]);
    return toConnection(
      rows,
      args.first,
      unanswered ? stats.unansweredCount : stats.questionCount,
      (row): MonthQuestion => ({
        question: toContent(row.question),
        answerDueAt: row.answerDueAt,
        firstExpertAnswerAt: row.firstExpertAnswerAt,
        escalatedAt: row.escalatedAt,
      }),
      (row) => timeCursor(row.question.createdAt, row.question.id),
    );
  }

  @ResolveField(() => Inspiration, { nullable: true, description: 'The inspiration gathering the summary and best answers, once archived.' })
  async summaryInspiration(@Parent() month: Month, @Context() context: GqlContext): Promise<ContentRecord | null> {
    if (!month.summaryInspirationId) return null;
    const post = await context.loaders.postById.load(month.summaryInspirationId);
    return post ? toContent(post) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the month and move it forward.' })
  viewerCanManage(@CurrentMember() viewer: AuthMember | null): boolean {
    return canManageMonths(viewer);
  }
}

/** `Question.month`: the month a question was asked in, through a loader. */
@Resolver(() => Question)
export class QuestionMonthResolver {
  @ResolveField(() => Month, { nullable: true, description: 'The thematic month it was asked in, if any.' })
  async month(@Parent() question: Question, @Context() context: GqlContext): Promise<Month | null> {
    const month = await context.loaders.monthByQuestionId.load(question.id);
    return month ? toMonth(month) : null;
  }
}
