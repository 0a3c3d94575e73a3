import { Module } from '@nestjs/common';
import { FeedResolver } from './feed.resolver.js';
import { FeedService } from './feed.service.js';

/** The home feed (one keyset-paged statement per page) and its "new posts" subscription. */
@Module({ providers: [FeedService, FeedResolver], exports: [FeedService] })
export class FeedModule {}
