import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** The error codes the API sends on purpose (`extensions.code`). */
const SENT_BY_API = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'] as const;

/**
 * What the API says went wrong, plus what can go wrong on the way. web-ui's `ProblemCode` mirrors this
 * (it may not import this library); passing an `ApiProblem` where a `Problem` is expected checks that.
 */
export type ApiErrorCode = (typeof SENT_BY_API)[number] | 'NETWORK' | 'UNKNOWN';

export interface FieldProblem {
  /** Input field path as the API names it, e.g. `email` or `libraryId`. */
  field: string;
  /** The API's own explanation (English). */
  message: string;
}

/** One failed operation, read into plain data the UI can translate. */
export interface ApiProblem {
  code: ApiErrorCode;
  /** The server's message, for logs and as a last resort. */
  message: string;
  /** BAD_USER_INPUT: every field and its reason; CONFLICT: the one field that clashes. */
  fields: FieldProblem[];
  /** TOO_MANY_REQUESTS: how long to wait. */
  retryAfterSeconds?: number;
  /** CONFLICT: why, as a machine-readable word where the API gives one (events: `DEADLINE_PASSED`, `EVENT_STARTED` …). */
  reason?: string;
}

const KNOWN: ReadonlySet<string> = new Set(SENT_BY_API);

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['field'] === 'string' && typeof candidate['message'] === 'string';
}

function fromGraphQLError(error: GraphQLFormattedError): ApiProblem {
  const extensions = error.extensions ?? {};
  const rawCode = typeof extensions['code'] === 'string' ? extensions['code'] : 'UNKNOWN';
  const code = (KNOWN.has(rawCode) ? rawCode : 'UNKNOWN') as ApiErrorCode;
  const fields: FieldProblem[] = [];
  const listed = extensions['fields'];
  if (Array.isArray(listed)) fields.push(...listed.filter(isFieldProblem));
  if (typeof extensions['field'] === 'string') fields.push({ field: extensions['field'], message: error.message });
  const retry = extensions['retryAfterSeconds'];
  const reason = extensions['reason'];
  return {
    code,
    message: error.message,
    fields,
    ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}

function errorsInBody(bodyText: string): GraphQLFormattedError[] {
  try {
    const parsed = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(parsed.errors) ? (parsed.errors as GraphQLFormattedError[]) : [];
  } catch {
    return [];
  }
}

/**
 * Reads what went wrong from an Apollo error: a GraphQL error carries the API's code (the first error
 * decides), an HTTP error may still carry GraphQL errors in its body, anything else is the network.
 */
export function readApiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) return fromGraphQLError(error.errors[0]);
  if (ServerError.is(error)) {
    const [first] = errorsInBody(error.bodyText);
    if (first) return fromGraphQLError(first);
    const code: ApiErrorCode = error.statusCode >= 500 ? 'NETWORK' : 'UNKNOWN';
    return { code, message: error.message, fields: [] };
  }
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message, fields: [] };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'UNKNOWN', message, fields: [] };
}
