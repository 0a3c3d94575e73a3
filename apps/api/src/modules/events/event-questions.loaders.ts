import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createChildPageLoader, type ChildPageKey } from '../../core/graphql/child-page-loader.js';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { EventEntity } from './entities/event.entity.js';

export interface EventQuestionPageKey extends ChildPageKey {
  unanswered: boolean;
  /** Decoded (created_at ISO, id) of the last question of the previous page. */
  cursor: [string, string] | null;
}

export interface EventQuestionCounts {
  total: number;
  unanswered: number;
}

/** Live questions asked at an event; "unanswered" = no live answer yet. */
const LIVE_EVENT_QUESTIONS = `FROM event_questions eq JOIN posts p ON p.id = eq.question_id AND p.deleted_at IS NULL`;

export function createEventQuestionLoaders(dataSource: DataSource) {
  return {
    /** The event a question was asked at, if any. */
    eventByQuestionId: new DataLoader<string, EventEntity | null>(async (questionIds) => {
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT eq.question_id AS eq_question_id, e.* FROM event_questions eq JOIN events e ON e.id = eq.event_id
         WHERE eq.question_id = ANY($1::uuid[])`,
        [[...questionIds]],
      );
      const events = rowsToEntities(dataSource, EventEntity, rows);
      const byQuestion = new Map(rows.map((r, i) => [r.eq_question_id as string, events[i]]));
      return questionIds.map((id) => byQuestion.get(id) ?? null);
    }),

    /** How many live questions each event has, and how many of them have no answer. One statement. */
    eventQuestionCounts: new DataLoader<string, EventQuestionCounts>(async (eventIds) => {
      const rows: { event_id: string; total: number; unanswered: number }[] = await dataSource.query(
        `SELECT eq.event_id, count(*)::int AS total, count(*) FILTER (WHERE p.answer_count = 0)::int AS unanswered
         ${LIVE_EVENT_QUESTIONS} WHERE eq.event_id = ANY($1::uuid[]) GROUP BY eq.event_id`,
        [[...eventIds]],
      );
      const byEvent = new Map(rows.map((r) => [r.event_id, { total: r.total, unanswered: r.unanswered }]));
      return eventIds.map((id) => byEvent.get(id) ?? { total: 0, unanswered: 0 });
    }),

    /** A page of each event's questions in the order they were asked: one statement per page shape. */
    eventQuestionPage: createChildPageLoader<EventQuestionPageKey, { eventId: string; question: PostEntity }>(
      async (eventIds, { unanswered, cursor, first }) => {
        const params: unknown[] = [eventIds];
        if (cursor) params.push(cursor[0], cursor[1]);
        params.push(first + 1);
        const rows: Record<string, unknown>[] = await dataSource.query(
          `SELECT * FROM (
             SELECT p.*, eq.event_id AS eq_event_id,
                    row_number() OVER (PARTITION BY eq.event_id ORDER BY p.created_at, p.id) AS rn
             ${LIVE_EVENT_QUESTIONS}
             WHERE eq.event_id = ANY($1::uuid[])
               ${unanswered ? 'AND p.answer_count = 0' : ''}
               ${cursor ? 'AND (p.created_at, p.id) > ($2::timestamptz, $3::uuid)' : ''}
           ) w WHERE w.rn <= $${params.length} ORDER BY w.eq_event_id, w.rn`,
          params,
        );
        const posts = rowsToEntities(dataSource, PostEntity, rows);
        return rows.map((r, i) => ({ eventId: r.eq_event_id as string, question: posts[i] }));
      },
      (row) => row.eventId,
    ),
  };
}
