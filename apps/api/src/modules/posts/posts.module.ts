import { Module } from '@nestjs/common';
import { TagsModule } from '../tags/tags.module.js';
import { ContentFieldsResolver } from './content-fields.resolver.js';
import { PostWriterService } from './post-writer.service.js';
import { PostsService } from './posts.service.js';

/**
 * The shared core of knowledge exchange: the `posts` table (inspirations, questions, answers), the
 * Content/Post/Votable interfaces and their common fields, reading and writing posts.
 */
@Module({
  imports: [TagsModule],
  providers: [PostsService, PostWriterService, ContentFieldsResolver],
  exports: [PostsService, PostWriterService],
})
export class PostsModule {}
