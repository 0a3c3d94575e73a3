import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { ConnectionOf } from '../../core/graphql/connection.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { toContent } from '../posts/models/content-record.js';
import { PostWriterService } from '../posts/post-writer.service.js';
import { PostsService } from '../posts/posts.service.js';
import { InspirationFilter, InspirationInput } from './dto/inspiration.input.js';
import { Inspiration } from './models/inspiration.model.js';

export const InspirationConnection = ConnectionOf(Inspiration, 'Inspiration');

@Resolver(() => Inspiration)
export class InspirationsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly writer: PostWriterService,
  ) {}

  @Query(() => Inspiration)
  async inspiration(@Args('id', { type: () => ID }) id: string): Promise<Inspiration> {
    return toContent(await this.posts.findLive(id, 'inspiration'));
  }

  @Query(() => InspirationConnection, { description: 'Inspirations, newest first.' })
  inspirations(
    @Args() paging: PagingArgs,
    @Args('filter', { type: () => InspirationFilter, nullable: true }) filter?: InspirationFilter,
  ) {
    return this.posts.list('inspiration', filter ?? {}, paging.first, paging.after);
  }

  @Mutation(() => Inspiration)
  createInspiration(@CurrentMember() actor: AuthMember, @Args('input') input: InspirationInput): Promise<Inspiration> {
    return this.writer.create(actor, 'inspiration', input);
  }

  @Mutation(() => Inspiration, { description: 'The author only.' })
  updateInspiration(
    @CurrentMember() actor: AuthMember,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: InspirationInput,
  ): Promise<Inspiration> {
    return this.writer.update(actor, 'inspiration', id, input);
  }

  @Mutation(() => ID, { description: 'The author or a moderator; returns the id of the deleted inspiration.' })
  deleteInspiration(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.writer.delete(actor, 'inspiration', id);
  }
}
