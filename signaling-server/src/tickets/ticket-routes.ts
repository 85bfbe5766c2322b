import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SignIn } from '../auth/sign-in';
import { RatingRequest } from '../../protocol';
import { requireStaff, unwrap } from '../auth/staff-guard';
import { rateSession } from './session-rating';
import type { TicketWork } from './ticket-work';
import { HttpError, parseInput } from '../http/http-errors';
import type { Store } from './store';

const TicketParams = z.object({ id: z.coerce.number().int().positive() });

export function registerTicketRoutes(app: FastifyInstance, deps: { signIn: SignIn; store: Store; now: () => number; work: TicketWork }): void {
  // Public: the customer has no account; the session's customer token is the proof. The desktop
  // app posts from app://firstline, so this one cookie-less route answers cross-origin requests.
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' };
  app.options('/api/sessions/rating', async (_request, reply) => reply.headers(cors).status(204).send());
  app.post('/api/sessions/rating', async (request, reply) => {
    reply.headers(cors);
    return unwrap(await rateSession(deps.store, parseInput(RatingRequest, request.body), deps.now()));
  });

  const staff = { preHandler: requireStaff(deps.signIn, ['engineer', 'admin']) };

  // Engineers see the tickets they worked on or were given; admins see everything.
  app.get('/api/tickets', staff, async (request) => {
    const all = await deps.store.tickets.list();
    if (request.staff!.role === 'admin') return { ok: true, tickets: all };
    const mine = await Promise.all(all.map(async (t) => ((await deps.work.mayWorkOn(request.staff!, t.id)) ? null : t)));
    return { ok: true, tickets: mine.filter((t) => t !== null) };
  });

  app.get('/api/tickets/:id', staff, async (request) => {
    const { id } = parseInput(TicketParams, request.params);
    const refused = await deps.work.mayWorkOn(request.staff!, id);
    if (refused) throw new HttpError(refused.error.code, refused.error.message);
    return { ok: true, ticket: await deps.store.tickets.get(id) };
  });
}
