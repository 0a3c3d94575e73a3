import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { QuestionsResolver } from './questions.resolver.js';

@Module({ imports: [PostsModule], providers: [QuestionsResolver] })
export class QuestionsModule {}
