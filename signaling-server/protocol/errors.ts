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

export const ErrorBody = z.object({ code: ErrorCode, message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Failure = z.object({ ok: z.literal(false), error: ErrorBody });
export type Failure = z.infer<typeof Failure>;

export type Result<T> = ({ ok: true } & T) | Failure;

export function failure(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** Builds the ack schema for a successful result shape plus the shared failure shape. */
export function resultOf<S extends z.ZodRawShape>(shape: S) {
  return z.union([z.object({ ok: z.literal(true), ...shape }), Failure]);
}
