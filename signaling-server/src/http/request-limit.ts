import type { FastifyRequest } from 'fastify';
import { rateLimited } from '../../protocol';
import { HttpError } from './http-errors';
import type { FailureGuard } from '../security/failure-guard';

/** Counts a request against its client's address; past the guard's limit it is refused (429) with when to try again. */
export type RequestLimit = (request: FastifyRequest) => Promise<void>;

/** For routes open without an account: each request counts, whatever its outcome. */
export function requestLimit(guard: FailureGuard, addressOf: (request: FastifyRequest) => string): RequestLimit {
  return async (request) => {
    const counted = await guard.reserve(addressOf(request));
    if (!counted.admitted || counted.retryAfterSeconds > 0) {
      const seconds = Math.max(1, counted.retryAfterSeconds);
      throw HttpError.from(rateLimited(`Too many requests. Try again in ${seconds} s.`, seconds));
    }
  };
}
