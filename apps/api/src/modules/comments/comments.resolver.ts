import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { ConnectionOf, toConnection, type Connection } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { decodeTimeCursor, timeCursor } from '../posts/cursors.js';
import { Content } from '../posts/models/content.model.js';
import { canDeleteContent } from '../posts/post-access.js';
import { CommentsService, toComment } from './comments.service.js';
import { AddCommentInput } from './dto/comment.input.js';
import { Comment } from './models/comment.model.js';

export const CommentConnection = ConnectionOf(Comment, 'Comment');

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => Comment)
  addComment(@CurrentMember() actor: AuthMember, @Args('input') input: AddCommentInput): Promise<Comment> {
    return this.comments.add(actor, input.contentId, input.body);
  }

  @Mutation(() => ID, { description: 'The author or a moderator; returns the id of the deleted comment.' })
  deleteComment(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.comments.delete(actor, id);
  }

  @ResolveField(() => Member, { nullable: true, description: 'Null only if the account was erased.' })
  async author(@Parent() comment: Comment, @Context() context: GqlContext): Promise<Member | null> {
    if (!comment.authorId) return null;
    const entity = await context.loaders.memberById.load(comment.authorId);
    return entity ? toMember(entity) : null;
  }

  @ResolveField(() => Boolean)
  viewerCanDelete(@Parent() comment: Comment, @CurrentMember() actor: AuthMember | null): boolean {
    return canDeleteContent(actor, comment);
  }
}

/** Adds comments to every inspiration, question and answer. */
@Resolver(() => Content)
export class ContentCommentsResolver {
  @ResolveField(() => CommentConnection, { description: 'Oldest first.' })
  async comments(@Parent() content: Content, @Args() paging: PagingArgs, @Context() context: GqlContext): Promise<Connection<Comment>> {
    const decoded = decodeTimeCursor(paging.after);
    const cursor = decoded ? { at: decoded.at.toISOString(), id: decoded.id } : null;
    const rows = await context.loaders.commentPage.load({ parentId: content.id, first: paging.first, cursor });
    return toConnection(rows, paging.first, content.commentCount, toComment, (c) => timeCursor(c.createdAt, c.id));
  }
}
