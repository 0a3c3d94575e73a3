import { Inject } from '@nestjs/common';
import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { tagSlug } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import type { FeedPostAddedEvent } from '../posts/feed-post.publisher.js';
import { FeedArgs, FeedPostAddedArgs, type FeedFilter } from './dto/feed.args.js';
import { FeedService } from './feed.service.js';
import { FeedConnection, FeedPostNotice } from './models/feed.model.js';

/** Whether a new post belongs in a feed with this filter, for someone other than its author. */
export function matchesFeed(event: FeedPostAddedEvent, filter: FeedFilter | null | undefined, viewerId: string | undefined): boolean {
  if (!viewerId || event.authorId === viewerId) return false;
  if (!filter) return true;
  if (filter.kind && event.kind !== filter.kind) return false;
  if (filter.unanswered && event.kind !== 'question') return false;
  if (filter.language && event.language !== filter.language) return false;
  if (filter.region && event.region !== filter.region) return false;
  if (filter.tag && !event.tags.includes(tagSlug(filter.tag))) return false;
  return true;
}

@Resolver()
export class FeedResolver {
  constructor(
    private readonly feedService: FeedService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => FeedConnection, {
    description:
      'The home feed of inspirations and questions (members only, like all content). FOR_YOU (default): what the viewer follows ' +
      'from the last 30 days first, then everything else newest first; NEWEST; USEFUL. Deleted posts never appear.',
  })
  feed(@CurrentMember() actor: AuthMember, @Args() args: FeedArgs): Promise<FeedConnection> {
    return this.feedService.page(actor, args.filter ?? {}, args.first, args.after);
  }

  @Subscription(() => FeedPostNotice, {
    description: 'New inspirations and questions by others matching the filter, as they are published ("N new posts").',
    filter: (payload: FeedPostAddedEvent, variables: FeedPostAddedArgs, context: GqlContext) =>
      matchesFeed(payload, variables.filter, context.member?.id),
    resolve: (payload: FeedPostAddedEvent): FeedPostNotice => ({
      id: payload.id,
      kind: payload.kind as FeedPostNotice['kind'],
      createdAt: new Date(payload.createdAt),
      authorId: payload.authorId,
      libraryId: payload.libraryId,
      language: payload.language as FeedPostNotice['language'],
      region: payload.region,
      tags: payload.tags,
    }),
  })
  feedPostAdded(@Args() _args: FeedPostAddedArgs) {
    return this.pubSub.asyncIterableIterator(CHANNELS.feedPostAdded);
  }
}
