import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { viewerKey } from '../../core/graphql/child-page-loader.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { TagSlugArgs } from './dto/tag.args.js';
import { Tag } from './models/tag.model.js';
import { TagFollowsService } from './tag-follows.service.js';
import { TagConnection } from './tags.resolver.js';

@Resolver(() => Tag)
export class TagFollowsResolver {
  constructor(private readonly follows: TagFollowsService) {}

  @Query(() => TagConnection, { description: 'Tags the signed-in member follows, by slug.' })
  myFollowedTags(@CurrentMember() actor: AuthMember, @Args() paging: PagingArgs) {
    return this.follows.mine(actor, paging.first, paging.after);
  }

  @Mutation(() => Tag, { description: 'Be notified of new inspirations and questions with this tag; again changes nothing.' })
  followTag(@CurrentMember() actor: AuthMember, @Args() args: TagSlugArgs): Promise<Tag> {
    return this.follows.follow(actor, args.slug);
  }

  @Mutation(() => Tag)
  unfollowTag(@CurrentMember() actor: AuthMember, @Args() args: TagSlugArgs): Promise<Tag> {
    return this.follows.unfollow(actor, args.slug);
  }

  @ResolveField(() => Boolean, { description: 'The viewer follows this tag.' })
  async viewerFollows(@Parent() tag: Tag, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<boolean> {
    return actor ? context.loaders.viewerFollowsTag.load(viewerKey(actor.id, tag.id)) : false;
  }
}
