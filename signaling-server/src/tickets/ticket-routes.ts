import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SignIn } from '../auth/sign-in';
import { RatingRequest, TicketExportQuery, TicketQuery } from '../../protocol';
import { sendExport } from './export-format';
import { TICKET_COLUMNS } from './ticket-export';
import { onlyOwnUnlessAdmin, requireStaff, unwrap } from '../auth/staff-guard';
import { rateSession } from './session-rating';
import { buildReport } from './report';
import { slaStatus } from './sla';
import type { TicketWork } from './ticket-work';
import { HttpError, parseInput } from '../http/http-errors';
import type { Store } from './store';

const TicketParams = z.object({ id: z.coerce.number().int().positive() });
const ReportQuery = z.object({ from: z.coerce.number().int().min(0).optional(), to: z.coerce.number().int().min(0).optional() });

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
    const filter = parseInput(TicketQuery, request.query);
    const now = deps.now();
    const { tickets, total, totalCapped } = await deps.store.tickets.query(filter, onlyOwnUnlessAdmin(request), now);
    return { ok: true, tickets: tickets.map((t) => ({ ...t, sla: slaStatus(t, now) })), total, totalCapped, page: filter.page, pageSize: filter.pageSize };
  });

  app.get('/api/reports', { preHandler: requireStaff(deps.signIn, ['admin']) }, async (request) => {
    const { from, to } = parseInput(ReportQuery, request.query);
    const now = deps.now();
    const end = to ?? now + 1;
    const start = from ?? end - 30 * 86_400_000;
    return { ok: true, from: start, to: end, report: buildReport(await deps.store.tickets.reportRows(start, end), now, { from: start, to: end }) };
  });

  app.get('/api/tickets/export', staff, async (request, reply) => {
    const { format, ...rest } = parseInput(TicketExportQuery, request.query);
    return sendExport(reply, 'tickets', format, TICKET_COLUMNS, deps.store.tickets.exportRows(TicketQuery.parse(rest), onlyOwnUnlessAdmin(request), deps.now()));
  });

  app.get('/api/tickets/:id', staff, async (request) => {
    const { id } = parseInput(TicketParams, request.params);
    const ticket = await deps.work.ticketFor(request.staff!, id);
    if ('ok' in ticket) throw new HttpError(ticket.error.code, ticket.error.message);
    return { ok: true, ticket: { ...ticket, sla: slaStatus(ticket, deps.now()) } };
  });
}
