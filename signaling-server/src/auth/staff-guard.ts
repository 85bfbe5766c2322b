import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure, SetupRequired, StaffRole, StaffUser } from '../../protocol';
import { HttpError } from '../http/http-errors';
import { SESSION_COOKIE } from './session-tokens';
import type { SignIn } from './sign-in';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffUser;
    setupRequired?: SetupRequired;
  }
}

/**
 * A preHandler that admits signed-in staff with one of the given roles. Until a required password
 * change or two-factor enrolment is done, only the routes marked `duringSetup` are open.
 */
export function requireStaff(signIn: SignIn, roles: readonly StaffRole[], options: { duringSetup?: boolean } = {}) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const session = await signIn.userForToken(request.cookies[SESSION_COOKIE]);
    if (!session) throw new HttpError('unauthorized', 'Sign in first');
    request.staff = session.user;
    request.setupRequired = session.setupRequired;
    if (session.setupRequired && !options.duringSetup) throw new HttpError('account_setup_required', `Finish setting up your account first (${session.setupRequired})`);
    if (!roles.includes(session.user.role)) throw new HttpError('forbidden', 'Your role cannot do this');
  };
}

/** Turns a service's typed failure into the HTTP error it stands for. */
export function unwrap<T extends { ok: true }>(result: T | Failure): T {
  if (!result.ok) throw new HttpError(result.error.code, result.error.message);
  return result;
}

/** Whose records a list shows: an engineer's own (their id), or everyone's for an admin (undefined). */
export function onlyOwnUnlessAdmin(request: FastifyRequest): string | undefined {
  return request.staff!.role === 'admin' ? undefined : request.staff!.id;
}
