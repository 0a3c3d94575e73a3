/**
 * What went wrong with a request, as plain data the UI can explain. The data-access layer reads it from
 * the API's errors (`extensions.code`, `fields`, `retryAfterSeconds`); this library only presents it.
 */
export type ProblemCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

export interface Problem {
  code: ProblemCode;
  /** The server's own wording (English), a last resort. */
  message: string;
  /** BAD_USER_INPUT: each field and its reason; CONFLICT: the field that clashes. */
  fields: readonly { field: string; message: string }[];
  /** TOO_MANY_REQUESTS: seconds to wait. */
  retryAfterSeconds?: number;
}
