import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { createChildPageLoader, push, type ChildPageKey } from '../../core/graphql/child-page-loader.js';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { MemberEntity } from '../members/entities/member.entity.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { MonthEntity } from './entities/month.entity.js';
import { FIRST_EXPERT_ANSWER } from './month-sql.js';
import type { MonthStats } from './models/month.model.js';

export interface MonthQuestionPageKey extends ChildPageKey {
  unanswered: boolean;
  /** Decoded (created_at ISO, id) of the last question of the previous page. */
  cursor: [string, string] | null;
}

export interface MonthQuestionRow {
  monthId: string;
  question: PostEntity;
  answerDueAt: Date;
  firstExpertAnswerAt: Date | null;
  escalatedAt: Date | null;
}

const NO_STATS: MonthStats = { questionCount: 0, answeredCount: 0, unansweredCount: 0, medianMinutesToFirstExpertAnswer: null, escalatedCount: 0 };

export function createMonthLoaders(dataSource: DataSource) {
  return {
    monthById: new DataLoader<string, MonthEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(MonthEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** The month a question was asked in, if any. */
    monthByQuestionId: new DataLoader<string, MonthEntity | null>(async (questionIds) => {
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT mq.question_id AS mq_question_id, m.* FROM month_questions mq JOIN months m ON m.id = mq.month_id
         WHERE mq.question_id = ANY($1::uuid[])`,
        [[...questionIds]],
      );
      const months = rowsToEntities(dataSource, MonthEntity, rows);
      const byQuestion = new Map(rows.map((r, i) => [r.mq_question_id as string, months[i]]));
      return questionIds.map((id) => byQuestion.get(id) ?? null);
    }),

    /** Each month's invited experts, by name. */
    monthExperts: new DataLoader<string, MemberEntity[]>(async (monthIds) => {
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT me.month_id AS me_month_id, m.* FROM month_experts me JOIN members m ON m.id = me.member_id
         WHERE me.month_id = ANY($1::uuid[]) ORDER BY lower(m.name), m.id`,
        [[...monthIds]],
      );
      const members = rowsToEntities(dataSource, MemberEntity, rows);
      const byMonth = new Map<string, MemberEntity[]>();
      rows.forEach((r, i) => push(byMonth, r.me_month_id as string, members[i]));
      return monthIds.map((id) => byMonth.get(id) ?? []);
    }),

    /** Every month's numbers in one statement, however many months are on the page. */
    monthStats: new DataLoader<string, MonthStats>(async (monthIds) => {
      const rows: {
        month_id: string;
        question_count: number;
        answered_count: number;
        median_minutes: number | null;
        escalated_count: number;
      }[] = await dataSource.query(
        `SELECT mq.month_id,
                count(*)::int AS question_count,
                count(fe.first_expert_at)::int AS answered_count,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM fe.first_expert_at - p.created_at) / 60)
                  AS median_minutes,
                count(mq.escalated_at)::int AS escalated_count
         FROM month_questions mq
         JOIN posts p ON p.id = mq.question_id AND p.deleted_at IS NULL
         ${FIRST_EXPERT_ANSWER}
         WHERE mq.month_id = ANY($1::uuid[])
         GROUP BY mq.month_id`,
        [[...monthIds]],
      );
      const byMonth = new Map(
        rows.map((r): [string, MonthStats] => [
          r.month_id,
          {
            questionCount: r.question_count,
            answeredCount: r.answered_count,
            unansweredCount: r.question_count - r.answered_count,
            medianMinutesToFirstExpertAnswer: r.median_minutes === null ? null : Math.round(Number(r.median_minutes) * 10) / 10,
            escalatedCount: r.escalated_count,
          },
        ]),
      );
      return monthIds.map((id) => byMonth.get(id) ?? NO_STATS);
    }),

    /** A page of each month's live questions, newest first: one statement per page shape. */
    monthQuestionPage: createChildPageLoader<MonthQuestionPageKey, MonthQuestionRow>(async (monthIds, { unanswered, cursor, first }) => {
      const params: unknown[] = [monthIds];
      if (cursor) params.push(cursor[0], cursor[1]);
      params.push(first + 1);
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT * FROM (
           SELECT p.*, mq.month_id AS mq_month_id, mq.escalated_at AS mq_escalated_at,
                  p.created_at + make_interval(hours => m.answer_hours) AS mq_due_at, fe.first_expert_at AS mq_first_expert_at,
                  row_number() OVER (PARTITION BY mq.month_id ORDER BY p.created_at DESC, p.id DESC) AS rn
           FROM month_questions mq
           JOIN months m ON m.id = mq.month_id
           JOIN posts p ON p.id = mq.question_id AND p.deleted_at IS NULL
           ${FIRST_EXPERT_ANSWER}
           WHERE mq.month_id = ANY($1::uuid[])
             ${unanswered ? 'AND fe.first_expert_at IS NULL' : ''}
             ${cursor ? 'AND (p.created_at, p.id) < ($2::timestamptz, $3::uuid)' : ''}
         ) w WHERE w.rn <= $${params.length} ORDER BY w.mq_month_id, w.rn`,
        params,
      );
      const posts = rowsToEntities(dataSource, PostEntity, rows);
      const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date));
      return rows.map((r, i) => ({
        monthId: r.mq_month_id as string,
        question: posts[i],
        answerDueAt: date(r.mq_due_at)!,
        firstExpertAnswerAt: date(r.mq_first_expert_at),
        escalatedAt: date(r.mq_escalated_at),
      }));
    }, (row) => row.monthId),
  };
}
