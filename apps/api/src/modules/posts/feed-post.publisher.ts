import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { DataSource } from 'typeorm';
import type { PostKind } from '@liblab/domain';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';

/** What the channel carries: enough for each subscriber to match its feed filter without reading the database. */
export interface FeedPostAddedEvent {
  id: string;
  kind: PostKind;
  /** ISO text: the event crosses Redis as JSON. */
  createdAt: string;
  authorId: string | null;
  libraryId: string | null;
  language: string;
  /** Region key of the post's library, if any. */
  region: string | null;
  /** Tag slugs, sorted. */
  tags: string[];
}

/**
 * Tells open home feeds that an inspiration or question was published, after its transaction committed.
 * A failing publish is logged and does not fail the request: the post is saved and the feed shows it on
 * the next load.
 */
@Injectable()
export class FeedPostPublisher {
  private readonly logger = new Logger(FeedPostPublisher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  async published(post: { id: string; kind: string; createdAt: Date; authorId: string | null; libraryId: string | null; language: string }): Promise<void> {
    if (post.kind !== 'inspiration' && post.kind !== 'question') return;
    try {
      const [keys]: { tags: string[]; region: string | null }[] = await this.dataSource.query(
        `SELECT coalesce((SELECT array_agg(t.slug ORDER BY t.slug) FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = $1), '{}') AS tags,
                (SELECT region FROM libraries WHERE id = $2) AS region`,
        [post.id, post.libraryId],
      );
      const event: FeedPostAddedEvent = {
        id: post.id,
        kind: post.kind,
        createdAt: post.createdAt.toISOString(),
        authorId: post.authorId,
        libraryId: post.libraryId,
        language: post.language,
        region: keys?.region ?? null,
        tags: keys?.tags ?? [],
      };
      await this.pubSub.publish(CHANNELS.feedPostAdded, event);
    } catch (error: unknown) {
      this.logger.error(`Could not publish the new ${post.kind} ${post.id} to feeds: ${String(error)}`);
    }
  }
}
