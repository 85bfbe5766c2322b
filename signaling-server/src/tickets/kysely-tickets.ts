import type { Kysely } from 'kysely';
import type { TicketSummary } from '../../protocol';
import type { Database } from './database-schema';
import { selectSessions, toSessionRecord, toTimelineEvent } from './kysely-sessions';
import type { TicketRepo } from './store';

export function createTicketRepo(db: Kysely<Database>): TicketRepo {
  const summaries = () =>
    db
      .selectFrom('tickets')
      .leftJoin('help_sessions', 'help_sessions.ticket_id', 'tickets.id')
      .select(['tickets.id', 'tickets.subject', 'tickets.customer_name', 'tickets.status', 'tickets.created_at', 'tickets.updated_at'])
      .select((eb) => eb.fn.count<number>('help_sessions.id').as('session_count'))
      .groupBy('tickets.id');

  const toSummary = (row: Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number]): TicketSummary => ({
    id: Number(row.id),
    subject: row.subject,
    customerName: row.customer_name,
    status: row.status,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    sessionCount: Number(row.session_count),
  });

  return {
    async openForSession(sessionId, subject, customerName, now) {
      return db.transaction().execute(async (trx) => {
        const ticket = await trx
          .insertInto('tickets')
          .values({ subject, customer_name: customerName, status: 'open', created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.updateTable('help_sessions').set({ ticket_id: ticket.id }).where('id', '=', sessionId).execute();
        return Number(ticket.id);
      });
    },
    async list() {
      const rows = await summaries().orderBy('tickets.updated_at', 'desc').limit(200).execute();
      return rows.map(toSummary);
    },
    async get(id) {
      const row = await summaries().where('tickets.id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const sessionRows = await selectSessions(db).where('help_sessions.ticket_id', '=', id).orderBy('help_sessions.created_at').execute();
      const sessions = await Promise.all(
        sessionRows.map(async (s) => {
          const events = await db.selectFrom('session_events').selectAll().where('session_id', '=', s.id).orderBy('seq').execute();
          return { ...toSessionRecord(s), timeline: events.map(toTimelineEvent) };
        }),
      );
      return { ...toSummary(row), sessions };
    },
  };
}
