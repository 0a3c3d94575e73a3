import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { viewerKey } from '../../core/graphql/child-page-loader.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { Post } from '../posts/models/content.model.js';
import { PostConnection } from '../posts/models/post-connection.js';
import { BookmarksService } from './bookmarks.service.js';

@Resolver(() => Post)
export class BookmarksResolver {
  constructor(private readonly bookmarks: BookmarksService) {}

  @Query(() => PostConnection, { description: "The viewer's bookmarked inspirations and questions, latest first." })
  myBookmarks(@CurrentMember() actor: AuthMember, @Args() paging: PagingArgs) {
    return this.bookmarks.mine(actor, paging.first, paging.after);
  }

  @Mutation(() => Post, { description: 'Keep an inspiration or question for later; doing it again changes nothing.' })
  bookmark(@CurrentMember() actor: AuthMember, @Args('postId', { type: () => ID }) postId: string): Promise<Post> {
    return this.bookmarks.bookmark(actor, postId);
  }

  @Mutation(() => Post)
  unbookmark(@CurrentMember() actor: AuthMember, @Args('postId', { type: () => ID }) postId: string): Promise<Post> {
    return this.bookmarks.unbookmark(actor, postId);
  }

  @ResolveField(() => Boolean, { description: 'The viewer bookmarked it.' })
  async viewerBookmarked(@Parent() post: Post, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<boolean> {
    return actor ? context.loaders.viewerBookmarked.load(viewerKey(actor.id, post.id)) : false;
  }
}
