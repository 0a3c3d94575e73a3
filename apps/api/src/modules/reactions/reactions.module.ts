import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { ContentReactionsResolver, ReactionFieldsResolver } from './reactions.resolver.js';
import { ReactionsService } from './reactions.service.js';

@Module({ imports: [PostsModule], providers: [ReactionsService, ContentReactionsResolver, ReactionFieldsResolver] })
export class ReactionsModule {}
