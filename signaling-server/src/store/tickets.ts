import { sql, type Kysely } from 'kysely';
import type { Dialect } from './dialect';
import { slaDueColumns } from './sla-columns';
import type { SearchIndex } from './search-index';
import { applyTicketFilters, applyTicketSort, countTickets, textFilter, workedBy } from './ticket-list-query';
import type { Database } from './database-schema';
import { selectSessions, toSessionRecord, toTimelineEvent } from './session-rows';
import type { TicketRepo } from './store';
import { selectTicketSummaries, toTicketSummary } from './ticket-rows';
import { fileSessionTicket, indexTicketSubject } from './session-ticket';

export function createTicketRepo(db: Kysely<Database>, search: SearchIndex, options: { dialect: Dialect; searchCap: number }): TicketRepo {
  const { searchCap } = options;
  const summaries = () => selectTicketSummaries(db, options.dialect);

  /** The earliest time an engineer took one of the ticket's sessions. */
  async function refreshFirstResponse(trx: Kysely<Database>, ticketId: number) {
    const first = trx
      .selectFrom('help_sessions')
      .select((eb) => eb.fn.min('claimed_at').as('at'))
      .where('ticket_id', '=', ticketId);
    await trx.updateTable('tickets').set({ first_response_at: first }).where('id', '=', ticketId).execute();
  }

  return {
    openForSession: (sessionId, now, outcome = null) =>
      db.transaction().execute((trx) => fileSessionTicket(trx, search, sessionId, now, outcome)),
    async query(filter, onlyFor, now) {
      // Page on tickets alone (indexed filters and sort), then join and aggregate just that page.
      const text = await textFilter(db, search, filter.q, searchCap);
      const offset = (filter.page - 1) * filter.pageSize;
      const page = await applyTicketSort(
        applyTicketFilters(db.selectFrom('tickets').select('tickets.id'), filter, text.where, now, onlyFor),
        filter,
      )
        .limit(filter.pageSize)
        .offset(offset)
        .execute();
      const ids = page.map((row) => Number(row.id));
      const rows = ids.length ? await summaries().where('tickets.id', 'in', ids).execute() : [];
      const byId = new Map(rows.map((row) => [Number(row.id), toTicketSummary(row)]));
      const { total, capped } = await countTickets(db, filter, text, now, onlyFor, searchCap);
      return { tickets: ids.map((id) => byId.get(id)!).filter(Boolean), total, totalCapped: capped };
    },
    async *exportRows(filter, onlyFor, now) {
      // Streamed row by row (a cursor on PostgreSQL), so memory stays flat however many match.
      const text = await textFilter(db, search, filter.q, searchCap);
      const query = applyTicketSort(applyTicketFilters(summaries(), filter, text.where, now, onlyFor), filter);
      for await (const row of query.stream(500)) {
        yield { ...toTicketSummary(row), resolutionSummary: row.resolution_summary };
      }
    },
    async search(query, onlyFor) {
      const text = await textFilter(db, search, query, searchCap);
      const scoped = onlyFor ? workedBy(summaries(), onlyFor) : summaries();
      const rows = await scoped.where(text.where!).orderBy('tickets.updated_at', 'desc').limit(20).execute();
      return rows.map(toTicketSummary);
    },
    async isWorkedBy(ticketId, engineerId) {
      const row = await workedBy(db.selectFrom('tickets').select('tickets.id'), engineerId)
        .where('tickets.id', '=', ticketId)
        .executeTakeFirst();
      return row !== undefined;
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
      return { ...toTicketSummary(row), resolutionSummary: row.resolution_summary, sessions };
    },
    async update(id, changes, now) {
      const resolving = changes.status === 'resolved' || changes.status === 'closed';
      const reopening = changes.status === 'open' || changes.status === 'pending';
      await db.transaction().execute(async (trx) => {
        // Reopening a request that had ended without help puts it back under the SLA, as work.
        const current = reopening ? await trx.selectFrom('tickets').select('priority').where('id', '=', id).executeTakeFirst() : undefined;
        await trx
          .updateTable('tickets')
          .set({
            updated_at: now,
            ...(changes.status !== undefined && { status: changes.status }),
            ...(changes.priority !== undefined && { priority: changes.priority, ...slaDueColumns(changes.priority) }),
            ...(changes.category !== undefined && { category: changes.category }),
            ...(changes.resolutionSummary !== undefined && { resolution_summary: changes.resolutionSummary }),
            ...(changes.customerEmail !== undefined && { customer_email: changes.customerEmail }),
            ...(changes.customerOrganisation !== undefined && { customer_organisation: changes.customerOrganisation }),
            ...(resolving && { resolved_at: sql<number>`coalesce(resolved_at, ${now})` }),
            ...(reopening && { resolved_at: null, outcome: null }),
            ...(current && changes.priority === undefined && slaDueColumns(current.priority)),
          })
          .where('id', '=', id)
          .execute();
        if (changes.tags !== undefined) {
          await trx.deleteFrom('ticket_tags').where('ticket_id', '=', id).execute();
          if (changes.tags.length)
            await trx
              .insertInto('ticket_tags')
              .values(changes.tags.map((tag) => ({ ticket_id: id, tag })))
              .execute();
        }
        if (changes.resolutionSummary !== undefined) await search.replace(trx, id, 'resolution', changes.resolutionSummary);
        if (changes.customerEmail !== undefined || changes.customerOrganisation !== undefined) await indexTicketSubject(trx, search, id);
      });
    },
    async assign(id, assigneeId, now) {
      await db.updateTable('tickets').set({ assignee_id: assigneeId, updated_at: now }).where('id', '=', id).execute();
    },
    /** Moves a session to another ticket; the ticket it leaves is removed if nothing is left in it. */
    async moveSession(sessionId, toTicketId, now) {
      return db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('help_sessions').select('ticket_id').where('id', '=', sessionId).executeTakeFirstOrThrow();
        await trx.updateTable('help_sessions').set({ ticket_id: toTicketId }).where('id', '=', sessionId).execute();
        await search.fileSession(trx, sessionId, toTicketId);
        await trx.updateTable('tickets').set({ updated_at: now }).where('id', '=', toTicketId).execute();
        await refreshFirstResponse(trx, toTicketId);
        const from = current.ticket_id === null ? null : Number(current.ticket_id);
        if (from !== null) {
          const left = await trx
            .selectFrom('help_sessions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('ticket_id', '=', from)
            .executeTakeFirstOrThrow();
          if (Number(left.n) === 0) {
            await sql`delete from search_docs where ticket_id = ${from}`.execute(trx);
            await trx.deleteFrom('ticket_tags').where('ticket_id', '=', from).execute();
            await trx.deleteFrom('tickets').where('id', '=', from).execute();
          } else {
            await refreshFirstResponse(trx, from);
          }
        }
        return from;
      });
    },
    async reportRows(from, to) {
      const sessions = await db
        .selectFrom('help_sessions')
        .select(['created_at', 'claimed_at', 'ended_at', 'rating'])
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .execute();
      const tickets = await summaries().where('tickets.created_at', '>=', from).where('tickets.created_at', '<', to).execute();
      const snapshots = await db
        .selectFrom('session_events')
        .select('payload')
        .where('type', '=', 'diagnostics.snapshot')
        .where('at', '>=', from)
        .where('at', '<', to)
        .execute();
      const findingRules = snapshots.flatMap((row) => {
        const payload = JSON.parse(row.payload) as { snapshot?: { findings?: Array<{ rule: string }> } };
        return (payload.snapshot?.findings ?? []).map((f) => f.rule);
      });
      return {
        sessions: sessions.map((s) => ({
          createdAt: Number(s.created_at),
          claimedAt: s.claimed_at === null ? null : Number(s.claimed_at),
          endedAt: s.ended_at === null ? null : Number(s.ended_at),
          rating: s.rating,
        })),
        tickets: tickets.map((row) => {
          const t = toTicketSummary(row);
          return {
            status: t.status,
            outcome: t.outcome,
            priority: t.priority,
            category: t.category,
            createdAt: t.createdAt,
            resolvedAt: t.resolvedAt,
            firstResponseAt: t.firstResponseAt,
            sessionCount: t.sessionCount,
          };
        }),
        findingRules,
      };
    },
    async latestSessionId(ticketId) {
      const row = await db
        .selectFrom('help_sessions')
        .select('id')
        .where('ticket_id', '=', ticketId)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row?.id;
    },
  };
}
