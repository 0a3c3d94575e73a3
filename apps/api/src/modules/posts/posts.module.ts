import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TagsModule } from '../tags/tags.module.js';
import { ContentFieldsResolver } from './content-fields.resolver.js';
import { FeedPostPublisher } from './feed-post.publisher.js';
import { PostWriterService } from './post-writer.service.js';
import { PostsService } from './posts.service.js';
import { QuestionActivityPublisher } from './question-activity.publisher.js';

/**
 * The shared core of knowledge exchange: the `posts` table (inspirations, questions, answers), the
 * Content/Post/Votable interfaces and their common fields, reading and writing posts, and what every
 * writer of content needs: the question-page and feed events and (re-exported) the notifier.
 */
@Module({
  imports: [TagsModule, NotificationsModule],
  providers: [PostsService, PostWriterService, ContentFieldsResolver, QuestionActivityPublisher, FeedPostPublisher],
  exports: [PostsService, PostWriterService, QuestionActivityPublisher, NotificationsModule],
})
export class PostsModule {}
