import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { conflict } from '../../core/graphql/errors.js';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { QUEUES } from '../../core/jobs/queues.js';
import type { NotificationDraft } from '../notifications/notification-drafts.js';
import { NotifierService } from '../notifications/notifier.service.js';
import type { ContentRecord } from '../posts/models/content-record.js';
import { PostWriterService, type PostWrite } from '../posts/post-writer.service.js';
import { expertAnswerOf } from './month-sql.js';
import { MonthsService, STATUS_LABEL } from './months.service.js';

/** The `month-question-escalation` job: its id is the question's id. */
export interface MonthQuestionEscalationJob {
  questionId: string;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Questions asked in a thematic month and the month's promise about them. Asking writes the question, its
 * link to the month and its escalation job (due after the month's answer hours) in one transaction. The
 * job escalates a live question of an open or wrapping-up month that no expert has answered: it records
 * `escalated_at` and notifies the month's experts and its coordinator, once (the job id is the question's
 * id, `escalated_at IS NULL` guards the update, and notifications are unique per recipient and question).
 */
@Injectable()
export class MonthQuestionsService {
  private readonly logger = new Logger(MonthQuestionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly months: MonthsService,
    private readonly writer: PostWriterService,
    private readonly notifier: NotifierService,
    private readonly jobs: JobsService,
  ) {
    jobs.handle<MonthQuestionEscalationJob>(QUEUES.monthQuestionEscalation.name, (job) => this.escalate(job.questionId));
  }

  /** Any member, while the month is open. */
  async ask(actor: AuthMember, monthId: string, input: PostWrite): Promise<ContentRecord> {
    const month = await this.months.findVisible(actor, monthId);
    if (month.status !== 'open') throw closedMonth(month.status);
    return this.writer.create(actor, 'question', input, async (manager, saved) => {
      // Checked again under a share lock: a month moving on meanwhile waits for this question, or refuses it.
      const open: { answer_hours: number; status: string }[] = await manager.query(
        'SELECT answer_hours, status FROM months WHERE id = $1 FOR SHARE',
        [monthId],
      );
      if (open[0]?.status !== 'open') throw closedMonth((open[0]?.status ?? 'archived') as keyof typeof STATUS_LABEL);
      await manager.query('INSERT INTO month_questions (question_id, month_id, created_at) VALUES ($1, $2, $3)', [
        saved.id,
        monthId,
        saved.createdAt,
      ]);
      await this.jobs.sendInTransaction<MonthQuestionEscalationJob>(manager, QUEUES.monthQuestionEscalation.name, [
        { id: saved.id, data: { questionId: saved.id }, startAfter: new Date(saved.createdAt.getTime() + open[0].answer_hours * HOUR_MS) },
      ]);
    });
  }

  /** The job: escalates the question if the month's promise was not kept; otherwise does nothing. */
  async escalate(questionId: string): Promise<void> {
    const created = await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ month_id: string; created_by_id: string | null; author_id: string | null }[], number] = await manager.query(
        `UPDATE month_questions mq SET escalated_at = now()
         FROM months m, posts p
         WHERE mq.question_id = $1 AND mq.escalated_at IS NULL
           AND m.id = mq.month_id AND m.status IN ('open', 'wrap_up')
           AND p.id = mq.question_id AND p.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM posts a WHERE ${expertAnswerOf('m.id', 'p.id')})
         RETURNING mq.month_id, m.created_by_id, p.author_id`,
        [questionId],
      );
      const row = rows[0];
      if (!row) return [];
      const experts: { member_id: string }[] = await manager.query('SELECT member_id FROM month_experts WHERE month_id = $1', [row.month_id]);
      const drafts: NotificationDraft[] = [row.created_by_id, ...experts.map((e) => e.member_id)].map((recipientId) => ({
        recipientId,
        kind: 'question_escalated',
        subjectId: questionId,
        postId: questionId,
        // The asker; null if their account was erased (the column allows it).
        actorId: row.author_id as string,
      }));
      this.logger.log(`Question ${questionId} of month ${row.month_id} escalated to ${drafts.length} people`);
      return this.notifier.create(manager, drafts);
    });
    await this.notifier.deliver(created);
  }
}

function closedMonth(status: keyof typeof STATUS_LABEL) {
  return conflict(`Questions can be asked in a month only while it is open; this month is ${STATUS_LABEL[status]}.`, 'monthId');
}
