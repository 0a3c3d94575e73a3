import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { QuestionActivityResolver } from './question-activity.resolver.js';
import { QuestionsResolver } from './questions.resolver.js';

@Module({ imports: [PostsModule], providers: [QuestionsResolver, QuestionActivityResolver] })
export class QuestionsModule {}
