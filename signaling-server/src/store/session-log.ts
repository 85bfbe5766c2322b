import { sql, type Kysely, type SqlBool } from 'kysely';
import type { SessionListItem, SessionQuery } from '../../protocol';
import type { Database } from './database-schema';
import type { SearchIndex } from './search-index';
import { slaBreachedAt } from './sla-columns';
import { toSessionRecord } from './session-rows';
import type { SessionRepo } from './store';

const DURATION = sql<number>`(help_sessions.ended_at - help_sessions.created_at)`;

/** The session log: every help session with its ticket's fields, filtered, sorted and paged. */
export function createSessionLog(db: Kysely<Database>, search: SearchIndex): Pick<SessionRepo, 'query' | 'exportRows'> {
  const filtered = (filter: SessionQuery, onlyFor: string | undefined, now: number) => {
    let q = db.selectFrom('help_sessions').leftJoin('tickets', 'tickets.id', 'help_sessions.ticket_id');
    if (filter.status) q = q.where('help_sessions.status', '=', filter.status);
    if (filter.outcome) q = q.where('help_sessions.end_reason', '=', filter.outcome);
    if (filter.engineer) q = q.where('help_sessions.engineer_id', '=', filter.engineer);
    if (filter.rating) q = q.where('help_sessions.rating', '=', filter.rating);
    if (filter.rated !== undefined) q = q.where('help_sessions.rating', filter.rated ? 'is not' : 'is', null);
    if (filter.ticketStatus) q = q.where('tickets.status', '=', filter.ticketStatus);
    if (filter.priority) q = q.where('tickets.priority', '=', filter.priority);
    if (filter.category) q = q.where(sql`lower(tickets.category)`, '=', filter.category.toLowerCase());
    if (filter.slaBreached !== undefined) {
      // A session not yet filed in a ticket has no SLA, so it is not breached.
      const breached = sql<SqlBool>`coalesce(${slaBreachedAt(now)}, false)`;
      q = q.where(filter.slaBreached ? breached : sql<SqlBool>`not ${breached}`);
    }
    if (filter.from !== undefined) q = q.where('help_sessions.created_at', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('help_sessions.created_at', '<', filter.to);
    if (filter.q) q = q.where(search.matchesSession(filter.q));
    // Engineers see the sessions they took.
    if (onlyFor) q = q.where('help_sessions.engineer_id', '=', onlyFor);
    return q;
  };

  /** The filtered rows with their ticket's fields, sorted; paged by the caller or streamed whole. */
  const listed = (filter: SessionQuery, onlyFor: string | undefined, now: number) => {
    const sortColumn =
      filter.sort === 'duration' ? DURATION : filter.sort === 'rating' ? sql`help_sessions.rating` : sql`help_sessions.created_at`;
    return (
      filtered(filter, onlyFor, now)
        .leftJoin('users', 'users.id', 'help_sessions.engineer_id')
        .selectAll('help_sessions')
        .select([
          'users.name as engineer_name',
          'tickets.subject',
          'tickets.status as ticket_status',
          'tickets.priority',
          'tickets.category',
        ])
        .select(sql<number | boolean | null>`${slaBreachedAt(now)}`.as('sla_breached'))
        // Unrated and unfinished sessions sort last whichever way.
        .orderBy(sql`${sortColumn} is null`)
        .orderBy(sortColumn, filter.order)
        .orderBy('help_sessions.id', filter.order)
    );
  };
  type Row = Awaited<ReturnType<ReturnType<typeof listed>['execute']>>[number];
  const toItem = (row: Row): SessionListItem => ({
    ...toSessionRecord(row),
    durationMs: row.ended_at === null ? null : Number(row.ended_at) - Number(row.created_at),
    ticketSubject: row.subject ?? null,
    ticketStatus: row.ticket_status ?? null,
    priority: row.priority ?? null,
    category: row.category ?? null,
    slaBreached: Boolean(row.sla_breached),
  });

  return {
    async query(filter, onlyFor, now) {
      const rows = await listed(filter, onlyFor, now)
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      const count = await filtered(filter, onlyFor, now)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { sessions: rows.map(toItem), total: Number(count.n) };
    },
    async *exportRows(filter, onlyFor, now) {
      for await (const row of listed(filter, onlyFor, now).stream(500)) yield toItem(row);
    },
  };
}
