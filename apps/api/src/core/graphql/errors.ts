import { GraphQLError } from 'graphql';

/**
 * Errors that speak to people. Every error the API returns on purpose carries one of these codes in
 * `extensions.code`; the web maps each code (and, for BAD_USER_INPUT, each field) to a translated message.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export interface FieldProblem {
  field: string;
  message: string;
}

export function badInput(problems: FieldProblem[] | FieldProblem): GraphQLError {
  const fields = Array.isArray(problems) ? problems : [problems];
  const summary = fields.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Please correct the form: ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', fields },
  });
}

export function unauthenticated(message = 'Please sign in first.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found.`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } });
}

export function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests in a short time. Please wait ${retryAfterSeconds} seconds and try again.`, {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds, http: { status: 429 } },
  });
}

/** PostgreSQL's unique_violation, the last guard against races between two requests. */
export function isUniqueViolation(error: unknown, constraintPart?: string): boolean {
  const e = error as { code?: string; driverError?: { code?: string; constraint?: string; detail?: string } };
  const code = e.driverError?.code ?? e.code;
  if (code !== '23505') return false;
  if (!constraintPart) return true;
  const where = `${e.driverError?.constraint ?? ''} ${e.driverError?.detail ?? ''}`;
  return where.includes(constraintPart);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row, so it is simply not found (not a database error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
