import { z } from 'zod';

/** Every error a client can receive. Clients translate the code; `message` is for logs and developers. */
export const ErrorCode = z.enum([
  'invalid_payload',
  'unauthorized',
  'forbidden',
  'not_found',
  'code_invalid',
  'code_expired',
  'code_retired',
  'not_in_session',
  'invalid_state',
  'rate_limited',
  'totp_required',
  'account_setup_required',
  /** Too many people are asking for help from here, or at all, right now: try again shortly. */
  'busy',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * What was wrong with one field of refused input, for a client to say in its reader's language:
 * `path` names the field (`['tags', 0]` is the first tag), `limit` the bound it crossed.
 */
export const FieldProblem = z.enum([
  'required',
  'too_long',
  'too_short',
  'too_many_items',
  'too_few_items',
  'too_large',
  'too_small',
  'wrong_format',
  'not_allowed',
  'unchanged',
  'invalid',
]);
export type FieldProblem = z.infer<typeof FieldProblem>;
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])).max(16),
  problem: FieldProblem,
  limit: z.number().optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/**
 * A rule of the product a well-formed request ran into (with `invalid_state`), named so a client
 * can explain it in its reader's language rather than show the English `message`.
 */
export const BrokenRule = z.enum([
  'email_taken',
  'not_yourself',
  'last_admin',
  'own_password_on_account_page',
  'two_factor_yourself_first',
  'two_factor_already_on',
  'two_factor_not_started',
  'two_factor_not_on',
  'newer_version',
  'translation_exists',
  'session_not_ended',
  'session_not_active',
  'screenshot_limit',
]);
export type BrokenRule = z.infer<typeof BrokenRule>;

/**
 * `field` comes with `invalid_payload` when one field of the input was the reason; `rule` with
 * `invalid_state` when a named rule was; `retryAfterSeconds` with `rate_limited` when the wait is known.
 */
export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  field: FieldIssue.optional(),
  rule: BrokenRule.optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
/** What a refusal may say beyond its code and message. */
export type ErrorDetail = Pick<ErrorBody, 'field' | 'rule' | 'retryAfterSeconds'>;

export const Failure = z.object({ ok: z.literal(false), error: ErrorBody });
export type Failure = z.infer<typeof Failure>;

export type Result<T> = ({ ok: true } & T) | Failure;

export function failure(code: ErrorCode, message: string, detail: ErrorDetail = {}): Failure {
  return { ok: false, error: { code, message, ...detail } };
}

/** Too many attempts: `rate_limited`, with how long to wait. */
export const rateLimited = (message: string, retryAfterSeconds: number): Failure =>
  failure('rate_limited', message, { retryAfterSeconds: Math.ceil(retryAfterSeconds) });

/** A request refused by a rule of the product: `invalid_state`, with the rule named. */
export const refusedByRule = (rule: BrokenRule, message: string): Failure => failure('invalid_state', message, { rule });

/** Builds the ack schema for a successful result shape plus the shared failure shape. */
export function resultOf<S extends z.ZodRawShape>(shape: S) {
  return z.union([z.object({ ok: z.literal(true), ...shape }), Failure]);
}
