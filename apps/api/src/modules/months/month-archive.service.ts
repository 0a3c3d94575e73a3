import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KNOWLEDGE_LIMITS, tagSlug, type Language } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { badInput, conflict } from '../../core/graphql/errors.js';
import { sanitizeRichText, visibleText } from '../../core/html/rich-text.js';
import { PostWriterService } from '../posts/post-writer.service.js';
import type { ArchiveMonthInput } from './dto/month.input.js';
import { MonthEntity } from './entities/month.entity.js';
import { monthArchiveBody } from './month-archive-body.js';
import { toMonth, type Month } from './models/month.model.js';
import { MonthsService, STATUS_LABEL } from './months.service.js';

interface ChosenAnswer {
  id: string;
  body: string;
  author_name: string | null;
  question_id: string;
  question_title: string;
}

/** Plain text cut at a word boundary to fit `max` characters. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/**
 * Archiving a month after its wrap-up: the summary (sanitised like any body) and the chosen answers of
 * its questions, quoted with their authors and links to the question pages, become an inspiration; the
 * inspiration and the month's new status commit together.
 */
@Injectable()
export class MonthArchiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly months: MonthsService,
    private readonly writer: PostWriterService,
  ) {}

  async archive(actor: AuthMember, monthId: string, input: ArchiveMonthInput): Promise<Month> {
    const month = await this.months.findManaged(monthId);
    if (month.status !== 'wrap_up') throw notInWrapUp(month.status);
    const ids = [...new Set(input.bestAnswerIds.map((id) => id.toLowerCase()))];
    const rows: ChosenAnswer[] = await this.dataSource.query(
      `SELECT a.id, a.body, au.name AS author_name, q.id AS question_id, q.title AS question_title
       FROM posts a
       JOIN posts q ON q.id = a.parent_id AND q.deleted_at IS NULL
       JOIN month_questions mq ON mq.question_id = q.id AND mq.month_id = $2
       LEFT JOIN members au ON au.id = a.author_id
       WHERE a.id = ANY($1::uuid[]) AND a.kind = 'answer' AND a.deleted_at IS NULL`,
      [ids, monthId],
    );
    if (rows.length !== ids.length) throw badInput({ field: 'bestAnswerIds', message: 'Choose answers to questions of this month.' });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const language = input.language as Language;
    const summary = sanitizeRichText(input.summary);
    const chosen = ids.map((id) => byId.get(id)!);
    const body = monthArchiveBody(
      summary,
      chosen.map((a) => ({ body: a.body, authorName: a.author_name, questionId: a.question_id, questionTitle: a.question_title })),
      language,
      this.config.publicUrl,
    );
    if (visibleText(body).length > KNOWLEDGE_LIMITS.bodyTextMax) {
      throw badInput({ field: 'bestAnswerIds', message: 'The summary with these answers is too long; choose fewer answers.' });
    }
    const themeTag = /[\p{L}\p{N}]/u.test(month.theme) && tagSlug(month.theme).length <= KNOWLEDGE_LIMITS.tagMax ? [month.theme] : [];
    await this.writer.create(
      actor,
      'inspiration',
      {
        title: month.title,
        body,
        language,
        tags: themeTag,
        summary: shorten(visibleText(summary), KNOWLEDGE_LIMITS.summaryMax),
      },
      async (manager, saved) => {
        const [updated]: [unknown[], number] = await manager.query(
          `UPDATE months SET status = 'archived', summary_inspiration_id = $2, updated_at = now()
           WHERE id = $1 AND status = 'wrap_up' RETURNING id`,
          [monthId, saved.id],
        );
        if (!updated.length) throw conflict('The month changed meanwhile; reload it and try again.');
      },
    );
    return toMonth(await this.dataSource.getRepository(MonthEntity).findOneByOrFail({ id: monthId }));
  }
}

function notInWrapUp(status: keyof typeof STATUS_LABEL) {
  return conflict(`A month is archived after its wrap-up; this month is ${STATUS_LABEL[status]}.`);
}
