import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateUserRequest, SecuritySettings, UpdateUserRequest } from '../../protocol';
import { HttpError, parseInput } from '../http/http-errors';
import type { Store } from '../tickets/store';
import type { SignIn } from './sign-in';
import { requireStaff, unwrap } from './staff-guard';
import type { UserAdmin } from './user-admin';

const UserParams = z.object({ id: z.string().uuid() });

/** Admin-only: accounts and the organisation's security settings. */
export function registerUserRoutes(app: FastifyInstance, deps: { signIn: SignIn; users: UserAdmin; store: Store }): void {
  const adminOnly = { preHandler: requireStaff(deps.signIn, ['admin']) };

  app.get('/api/users', adminOnly, async () => ({ ok: true, users: await deps.store.users.list() }));

  app.post('/api/users', adminOnly, async (request, reply) => {
    const body = parseInput(CreateUserRequest, request.body);
    try {
      return reply.status(201).send({ ok: true, user: await deps.users.createUser(body) });
    } catch (err) {
      if (String(err).includes('UNIQUE')) throw new HttpError('invalid_state', 'A user with this email already exists');
      throw err;
    }
  });

  app.patch('/api/users/:id', adminOnly, async (request) => {
    const { id } = parseInput(UserParams, request.params);
    return unwrap(await deps.users.updateUser(request.staff!.id, id, parseInput(UpdateUserRequest, request.body)));
  });

  app.post('/api/users/:id/reset-password', adminOnly, async (request) => {
    const { id } = parseInput(UserParams, request.params);
    return unwrap(await deps.users.resetPassword(request.staff!.id, id));
  });

  app.get('/api/settings/security', adminOnly, async () => ({ ok: true, settings: await deps.users.settings() }));

  app.put('/api/settings/security', adminOnly, async (request) =>
    unwrap(await deps.users.updateSettings(request.staff!, parseInput(SecuritySettings, request.body))),
  );
}
