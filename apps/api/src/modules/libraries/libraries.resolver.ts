import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember, Public, Roles } from '../../core/auth/decorators.js';
import { ConnectionOf } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { MembersService, toMember } from '../members/members.service.js';
import { MemberConnection } from '../members/members.resolver.js';
import { Member } from '../members/models/member.model.js';
import { LibraryFilter, LibraryInput, LibrarySlugArgs } from './dto/library.input.js';
import { LibrariesService } from './libraries.service.js';
import { Library } from './models/library.model.js';

export const LibraryConnection = ConnectionOf(Library, 'Library');

@Resolver(() => Library)
export class LibrariesResolver {
  constructor(
    private readonly librariesService: LibrariesService,
    private readonly membersService: MembersService,
  ) {}

  /** Public: the sign-up form lists libraries before anyone is signed in. */
  @Public()
  @Query(() => LibraryConnection, { description: 'Libraries of the network, by name.' })
  libraries(
    @Args() paging: PagingArgs,
    @Args('filter', { type: () => LibraryFilter, nullable: true }) filter?: LibraryFilter,
  ) {
    return this.librariesService.list(filter ?? {}, paging.first, paging.after);
  }

  @Query(() => Library)
  library(@Args() args: LibrarySlugArgs): Promise<Library> {
    return this.librariesService.bySlug(args.slug);
  }

  @Roles('coordinator')
  @Mutation(() => Library)
  createLibrary(@CurrentMember() actor: AuthMember, @Args('input') input: LibraryInput): Promise<Library> {
    return this.librariesService.create(actor, input);
  }

  @Roles('coordinator')
  @Mutation(() => Library)
  updateLibrary(
    @CurrentMember() actor: AuthMember,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: LibraryInput,
  ): Promise<Library> {
    return this.librariesService.update(actor, id, input);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() library: Library, @Context() context: GqlContext): Promise<number> {
    return context.loaders.memberCountByLibrary.load(library.id);
  }

  @ResolveField(() => [Member], { description: 'Members with a job title here, by name, with their public contacts.' })
  async staff(@Parent() library: Library, @Context() context: GqlContext): Promise<Member[]> {
    return (await context.loaders.staffByLibrary.load(library.id)).map(toMember);
  }

  @ResolveField(() => MemberConnection)
  members(@Parent() library: Library, @Args() paging: PagingArgs) {
    return this.membersService.directory({ libraryId: library.id }, paging.first, paging.after);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit this library.' })
  viewerCanManage(@Parent() library: Library, @CurrentMember() actor: AuthMember | null): boolean {
    return this.librariesService.canManage(actor, library.region);
  }
}
