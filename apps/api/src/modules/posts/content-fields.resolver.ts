import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { toLibrary } from '../libraries/libraries.service.js';
import { Library } from '../libraries/models/library.model.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { toContent } from './models/content-record.js';
import { Content } from './models/content.model.js';
import { canDeleteContent, canEditContent } from './post-access.js';
import { PostsService } from './posts.service.js';

/** Fields every inspiration, question and answer has; database reads go through the request's loaders. */
@Resolver(() => Content)
export class ContentFieldsResolver {
  constructor(private readonly posts: PostsService) {}

  @Query(() => Content, {
    description: 'Any live inspiration, question or answer by id: for pages that list comments or reactions of whichever it is.',
  })
  async content(@Args('id', { type: () => ID }) id: string): Promise<Content> {
    return toContent(await this.posts.findLiveContent(id, ['inspiration', 'question', 'answer']));
  }

  @ResolveField(() => Member, { nullable: true, description: 'Null only if the account was erased.' })
  async author(@Parent() content: Content, @Context() context: GqlContext): Promise<Member | null> {
    if (!content.authorId) return null;
    const entity = await context.loaders.memberById.load(content.authorId);
    return entity ? toMember(entity) : null;
  }

  @ResolveField(() => Library, { nullable: true, description: "The author's home library when they wrote it." })
  async library(@Parent() content: Content, @Context() context: GqlContext): Promise<Library | null> {
    if (!content.libraryId) return null;
    const entity = await context.loaders.libraryById.load(content.libraryId);
    return entity ? toLibrary(entity) : null;
  }

  @ResolveField(() => Boolean, { description: 'Changed by its author after posting.' })
  edited(@Parent() content: Content): boolean {
    return content.editedAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer wrote it and may change it.' })
  viewerCanEdit(@Parent() content: Content, @CurrentMember() actor: AuthMember | null): boolean {
    return canEditContent(actor, content);
  }

  @ResolveField(() => Boolean, { description: 'The viewer wrote it or moderates (coordinator, admin).' })
  viewerCanDelete(@Parent() content: Content, @CurrentMember() actor: AuthMember | null): boolean {
    return canDeleteContent(actor, content);
  }
}
