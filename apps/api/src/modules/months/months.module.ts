import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { MonthArchiveService } from './month-archive.service.js';
import { MonthQuestionsService } from './month-questions.service.js';
import { MonthsResolver, QuestionMonthResolver } from './months.resolver.js';
import { MonthsService } from './months.service.js';

/**
 * Thematic months (issue 4): the lifecycle, invited experts, questions asked in a month with their
 * answer-time promise and escalation job, stats, and the archive inspiration. Exports MonthsService so
 * other programme modules (webinars) can hang their own fields on `Month`.
 */
@Module({
  imports: [PostsModule],
  providers: [MonthsService, MonthQuestionsService, MonthArchiveService, MonthsResolver, QuestionMonthResolver],
  exports: [MonthsService],
})
export class MonthsModule {}
