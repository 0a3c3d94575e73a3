import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createChildPageLoader, type ChildPageKey } from '../../core/graphql/child-page-loader.js';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { ANSWER_ORDERS } from './answer-order.js';
import type { AnswerSort } from './models/answer-sort.enum.js';

export interface AnswerPageKey extends ChildPageKey {
  sort: AnswerSort;
  cursor: (string | number)[] | null;
}

export function createAnswerLoaders(dataSource: DataSource) {
  return {
    /** A page of live answers for each question, in the requested order: one statement per page shape. */
    answerPage: createChildPageLoader<AnswerPageKey, PostEntity>(async (questionIds, { sort, cursor, first }) => {
      const order = ANSWER_ORDERS[sort];
      const params: unknown[] = [questionIds, ...(cursor ?? [])];
      params.push(first + 1);
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT * FROM (
           SELECT a.*, row_number() OVER (PARTITION BY a.parent_id ORDER BY ${order.orderBy('a')}) AS rn
           FROM posts a
           WHERE a.parent_id = ANY($1::uuid[]) AND a.kind = 'answer' AND a.deleted_at IS NULL
             ${cursor ? `AND ${order.after('a')}` : ''}
         ) w WHERE w.rn <= $${params.length} ORDER BY w.parent_id, w.rn`,
        params,
      );
      return rowsToEntities(dataSource, PostEntity, rows);
    }, (answer) => answer.parentId!),

    /** Each question's accepted answer, if it has a live one. */
    acceptedAnswerByQuestion: new DataLoader<string, PostEntity | null>(async (questionIds) => {
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT * FROM posts WHERE parent_id = ANY($1::uuid[]) AND accepted AND deleted_at IS NULL`,
        [[...questionIds]],
      );
      const byQuestion = new Map(rowsToEntities(dataSource, PostEntity, rows).map((a) => [a.parentId!, a]));
      return questionIds.map((id) => byQuestion.get(id) ?? null);
    }),
  };
}
