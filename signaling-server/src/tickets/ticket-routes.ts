import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SignIn } from '../auth/sign-in';
import { requireStaff } from '../auth/staff-guard';
import { HttpError, parseInput } from '../http/http-errors';
import type { Store } from './store';

const TicketParams = z.object({ id: z.coerce.number().int().positive() });

export function registerTicketRoutes(app: FastifyInstance, deps: { signIn: SignIn; store: Store }): void {
  const staff = { preHandler: requireStaff(deps.signIn, ['engineer', 'admin']) };

  app.get('/api/tickets', staff, async () => ({ ok: true, tickets: await deps.store.tickets.list() }));

  app.get('/api/tickets/:id', staff, async (request) => {
    const { id } = parseInput(TicketParams, request.params);
    const ticket = await deps.store.tickets.get(id);
    if (!ticket) throw new HttpError('not_found', 'No such ticket');
    return { ok: true, ticket };
  });
}
