import type { FastifyInstance } from 'fastify';
import { CreateUserRequest, LoginRequest } from '../../protocol';
import { HttpError, parseInput } from '../http/http-errors';
import { SESSION_COOKIE, type AuthService } from './auth-service';
import { requireStaff } from './staff-guard';

export function registerAuthRoutes(app: FastifyInstance, deps: { auth: AuthService; secureCookies: boolean }): void {
  const { auth } = deps;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: deps.secureCookies };

  app.post('/api/auth/login', async (request, reply) => {
    const body = parseInput(LoginRequest, request.body);
    const session = await auth.login(body.email, body.password);
    if (!session) throw new HttpError('unauthorized', 'Wrong email or password');
    reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
    return { ok: true, user: session.user };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await auth.logout(token);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true };
  });

  app.get('/api/auth/me', { preHandler: requireStaff(auth, ['engineer', 'admin']) }, async (request) => ({ ok: true, user: request.staff }));
}

export function registerUserRoutes(app: FastifyInstance, deps: { auth: AuthService; listUsers: () => Promise<unknown[]> }): void {
  const adminOnly = { preHandler: requireStaff(deps.auth, ['admin']) };

  app.get('/api/users', adminOnly, async () => ({ ok: true, users: await deps.listUsers() }));

  app.post('/api/users', adminOnly, async (request, reply) => {
    const body = parseInput(CreateUserRequest, request.body);
    try {
      const user = await deps.auth.createUser(body);
      return reply.status(201).send({ ok: true, user });
    } catch (err) {
      if (String(err).includes('UNIQUE')) throw new HttpError('invalid_state', 'A user with this email already exists');
      throw err;
    }
  });
}
