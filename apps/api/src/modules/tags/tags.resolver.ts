import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionOf } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { Post } from '../posts/models/content.model.js';
import { TagListArgs, TagSlugArgs } from './dto/tag.args.js';
import { Tag } from './models/tag.model.js';
import { TagsService } from './tags.service.js';

export const TagConnection = ConnectionOf(Tag, 'Tag');

@Resolver(() => Tag)
export class TagsResolver {
  constructor(private readonly tagsService: TagsService) {}

  @Query(() => TagConnection, { description: 'Tags in use on live inspirations and questions.' })
  tags(@Args() args: TagListArgs) {
    return this.tagsService.list(args.sort, args.search, args.first, args.after);
  }

  @Query(() => Tag, {
    description: 'A tag page: the tag and its counts; list its content with inspirations/questions(filter: { tag }).',
  })
  tag(@Args() args: TagSlugArgs): Promise<Tag> {
    return this.tagsService.bySlug(args.slug);
  }

  @ResolveField(() => Int, { description: 'Live inspirations with this tag.' })
  async inspirationCount(@Parent() tag: Tag, @Context() context: GqlContext): Promise<number> {
    return (await context.loaders.tagUsage.load(tag.id)).inspirations;
  }

  @ResolveField(() => Int, { description: 'Live questions with this tag.' })
  async questionCount(@Parent() tag: Tag, @Context() context: GqlContext): Promise<number> {
    return (await context.loaders.tagUsage.load(tag.id)).questions;
  }
}

/** Adds `tags` to every inspiration and question. */
@Resolver(() => Post)
export class PostTagsResolver {
  @ResolveField(() => [Tag])
  tags(@Parent() post: Post, @Context() context: GqlContext): Promise<Tag[]> {
    return context.loaders.tagsByPost.load(post.id);
  }
}
