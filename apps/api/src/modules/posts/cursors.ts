import { decodeCursor } from '../../core/graphql/connection.js';
import { badInput, isUuid } from '../../core/graphql/errors.js';

/**
 * Keyset cursors over (timestamp, id): the timestamp as ISO text (columns keep milliseconds, exactly
 * what a Date holds) and a UUID. Anything else is a bad cursor, not a database error.
 */
export function decodeTimeCursor(after: string | null | undefined): { at: Date; id: string } | null {
  const key = decodeCursor(after, 2);
  if (!key) return null;
  const [at, id] = key;
  const date = typeof at === 'string' ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || typeof id !== 'string' || !isUuid(id)) {
    throw badInput({ field: 'after', message: 'This page cursor is not valid; start again from the first page.' });
  }
  return { at: date, id };
}

export function timeCursor(at: Date, id: string): (string | number)[] {
  return [at.toISOString(), id];
}
