import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EscalateRequest, LinkRequest, NoteRequest, TicketUpdate } from '../../protocol';
import type { SignIn } from '../auth/sign-in';
import { requireStaff, unwrap } from '../auth/staff-guard';
import { parseInput } from '../http/http-errors';
import type { Store } from './store';
import type { TicketWork } from './ticket-work';

const SessionParams = z.object({ id: z.string().uuid() });
const TicketParams = z.object({ id: z.coerce.number().int().positive() });
const SearchQuery = z.object({ q: z.string().trim().min(2).max(100) });

/** Engineers' work on tickets: notes, fields and status, linking, escalation, and finding tickets. */
export function registerTicketWorkRoutes(app: FastifyInstance, deps: { signIn: SignIn; work: TicketWork; store: Store }): void {
  const staff = { preHandler: requireStaff(deps.signIn, ['engineer', 'admin']) };

  app.get('/api/tickets/search', staff, async (request) => ({ ok: true, tickets: await deps.store.tickets.search(parseInput(SearchQuery, request.query).q) }));

  app.get('/api/engineers', staff, async () => ({
    ok: true,
    engineers: (await deps.store.users.list()).filter((u) => !u.disabled).map((u) => ({ id: u.id, name: u.name, organisation: u.organisation })),
  }));

  app.post('/api/sessions/:id/notes', staff, async (request) =>
    unwrap(await deps.work.addNote(request.staff!, parseInput(SessionParams, request.params).id, parseInput(NoteRequest, request.body).text)),
  );

  app.post('/api/sessions/:id/link', staff, async (request) =>
    unwrap(await deps.work.link(request.staff!, parseInput(SessionParams, request.params).id, parseInput(LinkRequest, request.body).ticketId)),
  );

  app.patch('/api/tickets/:id', staff, async (request) =>
    unwrap(await deps.work.update(request.staff!, parseInput(TicketParams, request.params).id, parseInput(TicketUpdate, request.body))),
  );

  app.post('/api/tickets/:id/escalate', staff, async (request) => {
    const body = parseInput(EscalateRequest, request.body);
    return unwrap(await deps.work.escalate(request.staff!, parseInput(TicketParams, request.params).id, body.assigneeId, body.reason));
  });
}
