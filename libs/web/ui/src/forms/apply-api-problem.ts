import type { ReactNode } from 'react';
import type { Problem } from '../problems/problem';

type FieldProblem = Problem['fields'][number];

/** The part of a Mantine form this needs: its current values and a way to set errors. */
export interface ErrorTarget {
  getValues(): object;
  setErrors(errors: Record<string, ReactNode>): void;
}

/** Per API field, what to show instead of the API's English message (translated, maybe with a link). */
export type FieldMessages = Partial<Record<string, ReactNode>>;

function formKeyFor(field: string, keys: ReadonlySet<string>, aliases: Record<string, string>): string | undefined {
  const path = field.replace(/^input\./, '');
  if (aliases[path]) return aliases[path];
  if (keys.has(path)) return path;
  const head = path.split('.')[0];
  if (aliases[head]) return aliases[head];
  return keys.has(head) ? head : undefined;
}

/**
 * Puts BAD_USER_INPUT and CONFLICT problems under the fields they name. A field the form does not
 * have (or another code) is returned as `unplaced`, for a message above the form.
 */
export function applyApiProblem(
  form: ErrorTarget,
  problem: Problem,
  messages: FieldMessages = {},
  aliases: Record<string, string> = {},
): { placed: boolean; unplaced: FieldProblem[] } {
  if (problem.code !== 'BAD_USER_INPUT' && problem.code !== 'CONFLICT') return { placed: false, unplaced: [] };
  const keys = new Set(Object.keys(form.getValues()));
  const errors: Record<string, ReactNode> = {};
  const unplaced: FieldProblem[] = [];
  for (const item of problem.fields) {
    const key = formKeyFor(item.field, keys, aliases);
    if (!key) {
      unplaced.push(item);
      continue;
    }
    if (errors[key] === undefined) errors[key] = messages[item.field] ?? messages[key] ?? item.message;
  }
  form.setErrors(errors);
  return { placed: Object.keys(errors).length > 0, unplaced };
}
