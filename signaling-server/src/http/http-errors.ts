import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { SecurityLog } from '../security/security-log';
import type { z } from 'zod';
import { failure, parseWith, type ErrorCode, type ErrorDetail, type Failure } from '../../protocol';

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
    /** The field at fault, the rule broken or the wait, for the client to put into words. */
    readonly detail: ErrorDetail = {},
  ) {
    super(message);
  }

  static from({ error: { code, message, ...detail } }: Failure): HttpError {
    return new HttpError(code, message, detail);
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
      // How long to wait, also as HTTP says it, for clients and proxies that read the header.
      if (err.detail.retryAfterSeconds) void reply.header('retry-after', String(err.detail.retryAfterSeconds));
      return reply.status(STATUS[err.code]).send(failure(err.code, err.message, err.detail));
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status < 500) return reply.status(status).send(failure('invalid_payload', err instanceof Error ? err.message : 'Bad request'));
    request.log.error({ err }, 'request failed');
    return reply.status(500).send(failure('internal', 'Something went wrong on our side'));
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(failure('not_found', 'No such route')));
}

/**
 * A malformed or overlong path segment, which Fastify answers before any route runs: refused in
 * the typed shape of every other refusal, without echoing the path back.
 */
function answerFrameworkError(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
  void reply
    .status(tooLong ? 414 : 400)
    .send(failure('invalid_payload', tooLong ? 'A part of the address is too long' : 'The address is not valid'));
}

/** A request Node's HTTP parser refuses (headers or address too large, not HTTP, too slow): the same typed shape, then the connection closes. */
function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message =
    status === 431
      ? 'The address or headers are too large'
      : status === 408
        ? 'The request took too long'
        : 'The request is not valid HTTP';
  const body = JSON.stringify(failure('invalid_payload', message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** Fastify's options for the refusals it answers itself. */
export const typedFrameworkErrors = {
  frameworkErrors: answerFrameworkError,
  clientErrorHandler: answerClientError,
} satisfies Partial<FastifyServerOptions>;
