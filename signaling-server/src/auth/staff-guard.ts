import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffRole, StaffUser } from '../../protocol';
import { HttpError } from '../http/http-errors';
import { SESSION_COOKIE, type AuthService } from './auth-service';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffUser;
  }
}

/** A preHandler that admits only signed-in staff with one of the given roles. */
export function requireStaff(auth: AuthService, roles: readonly StaffRole[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const user = await auth.userForToken(request.cookies[SESSION_COOKIE]);
    if (!user) throw new HttpError('unauthorized', 'Sign in first');
    if (!roles.includes(user.role)) throw new HttpError('forbidden', 'Your role cannot do this');
    request.staff = user;
  };
}
