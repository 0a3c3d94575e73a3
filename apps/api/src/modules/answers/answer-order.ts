import { badInput, isUuid } from '../../core/graphql/errors.js';
import { decodeCursor } from '../../core/graphql/connection.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import { AnswerSort } from './models/answer-sort.enum.js';

/**
 * The three answer orders as keyset tuples that all ascend, so one row comparison pages them:
 * ACCEPTED (not accepted, -votes, created, id), VOTES (-votes, created, id), NEWEST (created, id) descending.
 */
export interface AnswerOrder {
  orderBy(alias: string): string;
  after(alias: string): string;
  cursorOf(answer: PostEntity): (string | number)[];
  /** The cursor as query parameters, checked. */
  decode(after: string | null | undefined): (string | number)[] | null;
}

function decodeWith(after: string | null | undefined, types: ('number' | 'date' | 'uuid')[]): (string | number)[] | null {
  const key = decodeCursor(after, types.length);
  if (!key) return null;
  const ok = key.every((value, i) =>
    types[i] === 'number'
      ? typeof value === 'number' && Number.isInteger(value)
      : types[i] === 'uuid'
        ? typeof value === 'string' && isUuid(value)
        : typeof value === 'string' && !Number.isNaN(new Date(value).getTime()),
  );
  if (!ok) throw badInput({ field: 'after', message: 'This page cursor is not valid; start again from the first page.' });
  return key;
}

export const ANSWER_ORDERS: Record<AnswerSort, AnswerOrder> = {
  [AnswerSort.ACCEPTED]: {
    orderBy: (a) => `(NOT ${a}.accepted), ${a}.vote_count DESC, ${a}.created_at, ${a}.id`,
    after: (a) => `((NOT ${a}.accepted)::int, -${a}.vote_count, ${a}.created_at, ${a}.id) > ($2::int, $3::int, $4::timestamptz, $5::uuid)`,
    cursorOf: (p) => [p.accepted ? 0 : 1, -p.voteCount, p.createdAt.toISOString(), p.id],
    decode: (after) => decodeWith(after, ['number', 'number', 'date', 'uuid']),
  },
  [AnswerSort.VOTES]: {
    orderBy: (a) => `${a}.vote_count DESC, ${a}.created_at, ${a}.id`,
    after: (a) => `(-${a}.vote_count, ${a}.created_at, ${a}.id) > ($2::int, $3::timestamptz, $4::uuid)`,
    cursorOf: (p) => [-p.voteCount, p.createdAt.toISOString(), p.id],
    decode: (after) => decodeWith(after, ['number', 'date', 'uuid']),
  },
  [AnswerSort.NEWEST]: {
    orderBy: (a) => `${a}.created_at DESC, ${a}.id DESC`,
    after: (a) => `(${a}.created_at, ${a}.id) < ($2::timestamptz, $3::uuid)`,
    cursorOf: (p) => [p.createdAt.toISOString(), p.id],
    decode: (after) => decodeWith(after, ['date', 'uuid']),
  },
};
