import { TicketQuery } from '../../protocol';
import { onlyOwnUnlessAdmin, unwrap } from '../auth/staff-guard';
import { sendExport } from '../http/export-format';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import { slaOf } from './sla';
import { TICKET_COLUMNS } from './ticket-export-columns';
import type { TicketWork } from './ticket-work';

/** Tickets: engineers see and work the ones they handled or were given; admins everything. */
export function registerTicketRoutes(route: RestRouter, deps: { store: Store; now: () => number; work: TicketWork }): void {
  const { store, work } = deps;

  route('GET /api/tickets', async ({ staff, query }) => {
    const now = deps.now();
    const { tickets, total, totalCapped } = await store.tickets.query(query, onlyOwnUnlessAdmin(staff), now);
    return {
      ok: true,
      tickets: tickets.map((t) => ({ ...t, sla: slaOf(t, now) })),
      total,
      totalCapped,
      page: query.page,
      pageSize: query.pageSize,
    };
  });

  route('GET /api/tickets/export', async ({ staff, query, reply }) => {
    const { format, ...filter } = query;
    return sendExport(
      reply,
      'tickets',
      format,
      TICKET_COLUMNS,
      store.tickets.exportRows(TicketQuery.parse(filter), onlyOwnUnlessAdmin(staff), deps.now()),
    );
  });

  route('GET /api/tickets/search', async ({ staff, query }) => ({
    ok: true,
    tickets: await store.tickets.search(query.q, onlyOwnUnlessAdmin(staff)),
  }));

  route('GET /api/tickets/:id', async ({ staff, params }) => {
    const ticket = unwrap(await work.ticketFor(staff, params.id));
    return { ok: true, ticket: { ...ticket, sla: slaOf(ticket, deps.now()) } };
  });

  route('PATCH /api/tickets/:id', async ({ staff, params, body }) => unwrap(await work.update(staff, params.id, body)));

  route('POST /api/tickets/:id/escalate', async ({ staff, params, body }) =>
    unwrap(await work.escalate(staff, params.id, body.assigneeId, body.reason)),
  );
}
