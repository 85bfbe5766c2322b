import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SessionExportQuery, SessionQuery } from '../../protocol';
import { sendExport } from './export-format';
import { SESSION_COLUMNS } from './ticket-export';
import type { SignIn } from '../auth/sign-in';
import { onlyOwnUnlessAdmin, requireStaff } from '../auth/staff-guard';
import { HttpError, parseInput } from '../http/http-errors';
import type { Store } from './store';
import type { TicketWork } from './ticket-work';

const SessionParams = z.object({ id: z.string().uuid() });

/** The session log: every help session, filtered and paged, and one session with its timeline. */
export function registerSessionLogRoutes(app: FastifyInstance, deps: { signIn: SignIn; store: Store; now: () => number; work: TicketWork }): void {
  const staff = { preHandler: requireStaff(deps.signIn, ['engineer', 'admin']) };

  // Engineers see the sessions they took; admins see everything.
  app.get('/api/sessions', staff, async (request) => {
    const filter = parseInput(SessionQuery, request.query);
    const { sessions, total } = await deps.store.sessions.query(filter, onlyOwnUnlessAdmin(request), deps.now());
    return { ok: true, sessions, total, page: filter.page, pageSize: filter.pageSize };
  });

  app.get('/api/sessions/export', staff, async (request, reply) => {
    const { format, ...rest } = parseInput(SessionExportQuery, request.query);
    return sendExport(reply, 'sessions', format, SESSION_COLUMNS, deps.store.sessions.exportRows(SessionQuery.parse(rest), onlyOwnUnlessAdmin(request), deps.now()));
  });

  app.get('/api/sessions/:id', staff, async (request) => {
    const session = await deps.work.sessionFor(request.staff!, parseInput(SessionParams, request.params).id);
    if ('ok' in session) throw new HttpError(session.error.code, session.error.message);
    return { ok: true, session: { ...session, timeline: await deps.store.sessions.timeline(session.id) } };
  });
}
