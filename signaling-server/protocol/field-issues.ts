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
  return failure('invalid_payload', message, { field });
}

/**
 * What no text takes: the C0 controls but tab, line feed and carriage return, DEL, and half of a
 * surrogate pair (UTF-16 that encodes no character).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNREADABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text a machine reported (a BIOS string padded with NULs), made into text the server takes. */
export const readableText = (text: string) => text.replace(UNREADABLE, '');

/** Where in a parsed value the first string is not clean text (a control character, half a surrogate pair); null when all are. */
function unreadableTextAt(value: unknown, path: Array<string | number> = []): Array<string | number> | null {
  if (typeof value === 'string') return value.search(UNREADABLE) >= 0 ? path : null;
  if (value === null || typeof value !== 'object' || path.length > 32) return null;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = unreadableTextAt(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Input checked against its schema, and every string in it checked as text a person could have
 * written: NUL and other control characters, or broken UTF-16, are refused here (PostgreSQL, for
 * one, cannot store a NUL), whichever field they come in.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): { ok: true; data: z.output<S> } | Failure {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error, input, what);
  const unreadable = unreadableTextAt(parsed.data);
  if (!unreadable) return { ok: true, data: parsed.data };
  const message = `${unreadable.join('.') || what}: text with control characters or broken characters`;
  return failure('invalid_payload', message, unreadable.length > 0 ? { field: { path: unreadable, problem: 'wrong_format' } } : {});
}
