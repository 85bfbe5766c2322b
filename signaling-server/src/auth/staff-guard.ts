import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure, RestRoute, StaffRole } from '../../protocol';
import { HttpError } from '../http/http-errors';
import type { AccessGuard } from '../http/rest-router';
import { SESSION_COOKIE } from './session-tokens';
import type { SignIn } from './sign-in';

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
    if (session.setupRequired && !options.duringSetup)
      throw new HttpError('account_setup_required', `Finish setting up your account first (${session.setupRequired})`);
    if (!roles.includes(session.user.role)) throw new HttpError('forbidden', 'Your role cannot do this');
  };
}

/** The guard for each access level of the REST contract: engineer admits all staff, admin only admins. */
export function accessGuard(signIn: SignIn): AccessGuard {
  return (route: RestRoute) => {
    if (route.access === 'anonymous') return undefined;
    return requireStaff(signIn, route.access === 'admin' ? ['admin'] : ['engineer', 'admin'], { duringSetup: route.duringSetup });
  };
}

const isFailure = (result: object): result is Failure => 'ok' in result && result.ok === false;

/** Turns a service's typed failure into the HTTP error it stands for; anything else passes through. */
export function unwrap<T extends object>(result: T | Failure): T {
  if (isFailure(result)) throw HttpError.from(result);
  return result;
}

/** Whose records a list shows: an engineer's own (their id), or everyone's for an admin (undefined). */
export function onlyOwnUnlessAdmin(staff: { id: string; role: StaffRole }): string | undefined {
  return staff.role === 'admin' ? undefined : staff.id;
}
