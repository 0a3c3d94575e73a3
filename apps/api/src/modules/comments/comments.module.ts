import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { CommentsResolver, ContentCommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';

@Module({ imports: [PostsModule], providers: [CommentsService, CommentsResolver, ContentCommentsResolver] })
export class CommentsModule {}
