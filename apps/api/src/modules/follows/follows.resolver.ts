import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { viewerKey } from '../../core/graphql/child-page-loader.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { LibraryConnection } from '../libraries/libraries.resolver.js';
import { Library } from '../libraries/models/library.model.js';
import { MemberConnection } from '../members/members.resolver.js';
import { Member } from '../members/models/member.model.js';
import { FollowsService } from './follows.service.js';

@Resolver(() => Member)
export class MemberFollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Query(() => MemberConnection, { description: 'Members the signed-in member follows, by name.' })
  myFollowedMembers(@CurrentMember() actor: AuthMember, @Args() paging: PagingArgs) {
    return this.follows.myMembers(actor, paging.first, paging.after);
  }

  @Mutation(() => Member, { description: "Put this member's new inspirations and questions first in the home feed; again changes nothing. Not yourself." })
  followMember(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Member> {
    return this.follows.followMember(actor, id);
  }

  @Mutation(() => Member, { description: 'Stop following this member; changes nothing if you did not.' })
  unfollowMember(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Member> {
    return this.follows.unfollowMember(actor, id);
  }

  @ResolveField(() => Boolean, { description: 'The viewer follows this member.' })
  async followedByMe(@Parent() member: Member, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<boolean> {
    return actor ? context.loaders.viewerFollowsMember.load(viewerKey(actor.id, member.id)) : false;
  }

  @ResolveField(() => Int, { description: 'How many members follow this member.' })
  followerCount(@Parent() member: Member, @Context() context: GqlContext): Promise<number> {
    return context.loaders.followerCountByMember.load(member.id);
  }
}

@Resolver(() => Library)
export class LibraryFollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Query(() => LibraryConnection, { description: 'Libraries the signed-in member follows, by name.' })
  myFollowedLibraries(@CurrentMember() actor: AuthMember, @Args() paging: PagingArgs) {
    return this.follows.myLibraries(actor, paging.first, paging.after);
  }

  @Mutation(() => Library, { description: "Put what this library's people post first in the home feed; again changes nothing." })
  followLibrary(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Library> {
    return this.follows.followLibrary(actor, id);
  }

  @Mutation(() => Library, { description: 'Stop following this library; changes nothing if you did not.' })
  unfollowLibrary(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Library> {
    return this.follows.unfollowLibrary(actor, id);
  }

  @ResolveField(() => Boolean, { description: 'The viewer follows this library (false for visitors).' })
  async followedByMe(@Parent() library: Library, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<boolean> {
    return actor ? context.loaders.viewerFollowsLibrary.load(viewerKey(actor.id, library.id)) : false;
  }

  @ResolveField(() => Int, { description: 'How many members follow this library.' })
  followerCount(@Parent() library: Library, @Context() context: GqlContext): Promise<number> {
    return context.loaders.followerCountByLibrary.load(library.id);
  }
}
