import type { z } from 'zod';
import { failure, type Failure, type FieldIssue, type FieldProblem } from './errors';

type Issue = z.core.$ZodIssue;

/** The value at `path` in what was sent, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function problemOf(issue: Issue, input: unknown): { problem: FieldProblem; limit?: number } {
  switch (issue.code) {
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return { problem: 'too_long', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'too_many_items', limit };
      return { problem: 'too_large', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string')
        return limit <= 1 && isEmpty(valueAt(input, issue.path)) ? { problem: 'required' } : { problem: 'too_short', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'too_few_items', limit };
      return { problem: 'too_small', limit };
    }
    case 'invalid_type':
      return { problem: isEmpty(valueAt(input, issue.path)) ? 'required' : 'wrong_format' };
    case 'invalid_format':
      return { problem: isEmpty(valueAt(input, issue.path)) ? 'required' : 'wrong_format' };
    case 'invalid_value':
    case 'unrecognized_keys':
      return { problem: 'not_allowed' };
    default:
      return { problem: 'invalid' };
  }
}

/**
 * The refusal of input that failed its schema: a message for logs and developers ("tags.0: …"),
 * and the first issue as a field a client can put into words. Input refused as a whole (no path)
 * carries no field.
 */
export function refusalOf(error: z.ZodError, input: unknown, what: string): Failure {
  const issue = error.issues[0];
  const message = `${issue?.path.join('.') || what}: ${issue?.message ?? 'invalid'}`;
  if (!issue || issue.path.length === 0) return failure('invalid_payload', message);
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol').slice(0, 16);
  const field: FieldIssue = { path, ...problemOf(issue, input) };
  return failure('invalid_payload', message, field);
}
