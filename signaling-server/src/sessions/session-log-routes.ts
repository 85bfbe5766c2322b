import { SessionQuery } from '../../protocol';
import { onlyOwnUnlessAdmin, unwrap } from '../auth/staff-guard';
import { sendExport } from '../http/export-format';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import type { TicketWork } from '../tickets/ticket-work';
import { SESSION_COLUMNS } from './session-export-columns';

/** The session log: every help session, filtered and paged, and one session with its timeline. */
export function registerSessionLogRoutes(route: RestRouter, deps: { store: Store; now: () => number; work: TicketWork }): void {
  const { store } = deps;

  // Engineers see the sessions they took; admins see everything.
  route('GET /api/sessions', async ({ staff, query }) => {
    const { sessions, total } = await store.sessions.query(query, onlyOwnUnlessAdmin(staff), deps.now());
    return { ok: true, sessions, total, page: query.page, pageSize: query.pageSize };
  });

  route('GET /api/sessions/export', async ({ staff, query, reply }) => {
    const { format, ...filter } = query;
    return sendExport(
      reply,
      'sessions',
      format,
      SESSION_COLUMNS,
      store.sessions.exportRows(SessionQuery.parse(filter), onlyOwnUnlessAdmin(staff), deps.now()),
    );
  });

  route('GET /api/sessions/:id', async ({ staff, params }) => {
    const session = unwrap(await deps.work.sessionFor(staff, params.id));
    return { ok: true, session: { ...session, timeline: await store.sessions.timeline(session.id) } };
  });
}
