import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { AnswerAcceptanceService } from './answer-acceptance.service.js';
import { AnswersResolver } from './answers.resolver.js';
import { AnswersService } from './answers.service.js';
import { QuestionAnswersResolver } from './question-answers.resolver.js';

@Module({
  imports: [PostsModule],
  providers: [AnswersService, AnswerAcceptanceService, AnswersResolver, QuestionAnswersResolver],
})
export class AnswersModule {}
