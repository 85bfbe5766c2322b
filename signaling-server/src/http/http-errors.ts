import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SecurityLog } from '../security/security-log';
import type { z } from 'zod';
import { failure, parseWith, type ErrorCode, type Failure, type FieldIssue } from '../../protocol';

const STATUS: Record<ErrorCode, number> = {
  invalid_payload: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  code_invalid: 404,
  code_expired: 410,
  code_retired: 410,
  not_in_session: 403,
  invalid_state: 409,
  rate_limited: 429,
  totp_required: 401,
  account_setup_required: 403,
  busy: 503,
  internal: 500,
};

export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With `invalid_payload`: the field at fault, for the client to name. */
    readonly field?: FieldIssue,
  ) {
    super(message);
  }

  static from(refused: Failure): HttpError {
    return new HttpError(refused.error.code, refused.error.message, refused.error.field);
  }
}

/** Validates input where it enters; a failure becomes a typed 400 and nothing else runs. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = parseWith(schema, value, 'body');
  if (!parsed.ok) throw HttpError.from(parsed);
  return parsed.data;
}

/** Every error leaves as `{ ok: false, error: { code, message } }`, never with a stack trace. */
export function installErrorHandler(app: FastifyInstance, security: SecurityLog, addressOf: (request: FastifyRequest) => string): void {
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof HttpError) {
      security.denied({
        channel: 'http',
        action: `${request.method} ${request.routeOptions.url ?? request.url}`,
        reason: err.code,
        message: err.message,
        address: addressOf(request),
        userId: request.staff?.id ?? null,
      });
      return reply.status(STATUS[err.code]).send(failure(err.code, err.message, err.field));
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status < 500) return reply.status(status).send(failure('invalid_payload', err instanceof Error ? err.message : 'Bad request'));
    request.log.error({ err }, 'request failed');
    return reply.status(500).send(failure('internal', 'Something went wrong on our side'));
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(failure('not_found', 'No such route')));
}
