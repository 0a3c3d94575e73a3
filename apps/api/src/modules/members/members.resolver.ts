import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { hasRole, type AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember, Public, Roles } from '../../core/auth/decorators.js';
import { ConnectionOf } from '../../core/graphql/connection.js';
import { LanguageEnum } from '../../core/graphql/domain-enums.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import { Library } from '../libraries/models/library.model.js';
import { toLibrary } from '../libraries/libraries.service.js';
import { MemberFilter, RoleChangeArgs } from './dto/member-filter.input.js';
import { UpdateProfileInput } from './dto/profile.input.js';
import { MembersService, toMember, type LibraryMemberJoinedEvent } from './members.service.js';
import { Member } from './models/member.model.js';

export const MemberConnection = ConnectionOf(Member, 'Member');

@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Public()
  @Query(() => Member, { nullable: true, description: 'The signed-in member, or null for a visitor.' })
  me(@CurrentMember() actor: AuthMember | null): Promise<Member> | null {
    return actor ? this.membersService.byId(actor.id) : null;
  }

  @Query(() => Member)
  member(@Args('id', { type: () => ID }) id: string): Promise<Member> {
    return this.membersService.byId(id);
  }

  @Query(() => MemberConnection, { description: 'The member directory, by name.' })
  members(
    @Args() paging: PagingArgs,
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter?: MemberFilter,
  ) {
    return this.membersService.directory(filter ?? {}, paging.first, paging.after);
  }

  @Mutation(() => Member)
  updateProfile(@CurrentMember() actor: AuthMember, @Args('input') input: UpdateProfileInput): Promise<Member> {
    return this.membersService.updateProfile(actor, input);
  }

  @Roles('admin')
  @Mutation(() => Member)
  grantRole(@CurrentMember() actor: AuthMember, @Args() args: RoleChangeArgs): Promise<Member> {
    return this.membersService.changeRole(actor, args.memberId, args.role, true);
  }

  @Roles('admin')
  @Mutation(() => Member)
  revokeRole(@CurrentMember() actor: AuthMember, @Args() args: RoleChangeArgs): Promise<Member> {
    return this.membersService.changeRole(actor, args.memberId, args.role, false);
  }

  @Subscription(() => Member, {
    description: 'Members who join the library (sign up there or move their home library to it).',
    filter: (payload: LibraryMemberJoinedEvent, variables: { libraryId: string }) =>
      payload.libraryId === variables.libraryId,
    resolve: async (payload: LibraryMemberJoinedEvent, _args: unknown, context: GqlContext) => {
      // A subscription keeps its context for its whole life: clear so every event reads fresh data.
      const entity = await context.loaders.memberById.clear(payload.memberId).load(payload.memberId);
      return entity ? toMember(entity) : null;
    },
  })
  libraryMemberJoined(@Args('libraryId', { type: () => ID }) _libraryId: string) {
    return this.pubSub.asyncIterableIterator(CHANNELS.libraryMemberJoined);
  }

  @ResolveField(() => Library, { nullable: true })
  async library(@Parent() member: Member, @Context() context: GqlContext): Promise<Library | null> {
    if (!member.libraryId) return null;
    const entity = await context.loaders.libraryById.load(member.libraryId);
    return entity ? toLibrary(entity) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Sign-in address; only for the member and admins.' })
  email(@Parent() member: Member, @CurrentMember() actor: AuthMember | null): string | null {
    return actor && (actor.id === member.id || hasRole(actor, 'admin')) ? member.email : null;
  }

  @ResolveField(() => LanguageEnum, { nullable: true, description: 'Interface language; only for the member and admins.' })
  locale(@Parent() member: Member, @CurrentMember() actor: AuthMember | null): string | null {
    return actor && (actor.id === member.id || hasRole(actor, 'admin')) ? member.locale : null;
  }
}
