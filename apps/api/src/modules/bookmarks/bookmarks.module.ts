import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { BookmarksResolver } from './bookmarks.resolver.js';
import { BookmarksService } from './bookmarks.service.js';

@Module({ imports: [PostsModule], providers: [BookmarksService, BookmarksResolver] })
export class BookmarksModule {}
