import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { viewerKey } from '../../core/graphql/child-page-loader.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { Votable } from '../posts/models/content.model.js';
import { canVote, VotesService } from './votes.service.js';

@Resolver(() => Votable)
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Mutation(() => Votable, { description: 'Vote a question or answer useful (not your own). Voting again changes nothing.' })
  vote(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Votable> {
    return this.votes.vote(actor, id);
  }

  @Mutation(() => Votable, { description: 'Withdraw your vote. Withdrawing again changes nothing.' })
  unvote(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Votable> {
    return this.votes.unvote(actor, id);
  }

  @ResolveField(() => Boolean, { description: 'The viewer voted it useful.' })
  async viewerVoted(@Parent() content: Votable, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<boolean> {
    return actor ? context.loaders.viewerVoted.load(viewerKey(actor.id, content.id)) : false;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may vote (members do not vote for their own).' })
  viewerCanVote(@Parent() content: Votable, @CurrentMember() actor: AuthMember | null): boolean {
    return canVote(actor, content);
  }
}
