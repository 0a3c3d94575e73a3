import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { REACTION_KINDS } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { viewerKey } from '../../core/graphql/child-page-loader.js';
import { ConnectionOf, toConnection, type Connection } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { Content } from '../posts/models/content.model.js';
import { ReactArgs, ReactionPageArgs } from './dto/reaction.args.js';
import { Reaction, ReactionCount, ReactionKindEnum } from './models/reaction.model.js';
import { decodeReactionCursor, ReactionsService } from './reactions.service.js';

export const ReactionConnection = ConnectionOf(Reaction, 'Reaction');

/** Adds reactions to every inspiration, question and answer, and the mutations to give and take them back. */
@Resolver(() => Content)
export class ContentReactionsResolver {
  constructor(private readonly reactionsService: ReactionsService) {}

  @Mutation(() => Content, { description: 'React to an inspiration, question or answer; reacting again changes nothing.' })
  react(@CurrentMember() actor: AuthMember, @Args() args: ReactArgs): Promise<Content> {
    return this.reactionsService.react(actor, args.contentId, args.kind);
  }

  @Mutation(() => Content, { description: 'Take a reaction back; doing it again changes nothing.' })
  unreact(@CurrentMember() actor: AuthMember, @Args() args: ReactArgs): Promise<Content> {
    return this.reactionsService.unreact(actor, args.contentId, args.kind);
  }

  @ResolveField(() => [ReactionCount], { description: 'Every kind with its count, and whether the viewer gave it.' })
  async reactionSummary(
    @Parent() content: Content,
    @CurrentMember() actor: AuthMember | null,
    @Context() context: GqlContext,
  ): Promise<ReactionCount[]> {
    const [counts, mine] = await Promise.all([
      context.loaders.reactionCounts.load(content.id),
      actor ? context.loaders.viewerReactions.load(viewerKey(actor.id, content.id)) : Promise.resolve([]),
    ]);
    return REACTION_KINDS.map((kind) => ({ kind: kind as ReactionKindEnum, count: counts[kind], viewerReacted: mine.includes(kind) }));
  }

  @ResolveField(() => ReactionConnection, { description: 'Who reacted, newest first.' })
  async reactions(@Parent() content: Content, @Args() args: ReactionPageArgs, @Context() context: GqlContext): Promise<Connection<Reaction>> {
    const kind = args.kind ?? null;
    const cursor = decodeReactionCursor(args.after);
    const [rows, counts] = await Promise.all([
      context.loaders.reactionPage.load({ parentId: content.id, first: args.first, kind, cursor }),
      context.loaders.reactionCounts.load(content.id),
    ]);
    const total = kind ? counts[kind] : REACTION_KINDS.reduce((sum, k) => sum + counts[k], 0);
    return toConnection(
      rows,
      args.first,
      total,
      (r) => ({ kind: r.kind as ReactionKindEnum, createdAt: r.created_at, memberId: r.member_id }),
      (r) => [r.created_at.toISOString(), r.member_id, r.kind],
    );
  }
}

@Resolver(() => Reaction)
export class ReactionFieldsResolver {
  @ResolveField(() => Member, { nullable: true })
  async member(@Parent() reaction: Reaction, @Context() context: GqlContext): Promise<Member | null> {
    const entity = await context.loaders.memberById.load(reaction.memberId);
    return entity ? toMember(entity) : null;
  }
}
