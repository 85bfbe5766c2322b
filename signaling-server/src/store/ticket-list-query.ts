import { sql, type Expression, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { ticketReferenceIn, type TicketQuery } from '../../protocol';
import type { Database } from './database-schema';
import type { SearchIndex } from './search-index';
import { slaBreachedAt } from './sla-columns';

const PRIORITY_RANK = sql<number>`case tickets.priority when 'urgent' then 4 when 'high' then 3 when 'normal' then 2 else 1 end`;

type TicketsQuery = SelectQueryBuilder<Database, 'tickets', any>;

/** Tickets an engineer was assigned or worked a session of: the one rule for who may see a ticket. */
export function workedBy<QB extends TicketsQuery>(q: QB, engineerId: string): QB {
  return q.where((eb) =>
    eb.or([
      eb('tickets.assignee_id', '=', engineerId),
      eb.exists(
        eb
          .selectFrom('help_sessions as mine')
          .select('mine.id')
          .whereRef('mine.ticket_id', '=', 'tickets.id')
          .where('mine.engineer_id', '=', engineerId),
      ),
    ]),
  ) as QB;
}

/** When more tickets than this contain a search term, the list walks tickets instead, and counts up to here. */
export const SEARCH_CAP = 1000;

/**
 * The condition for a search: the ticket whose number it is (a quoted reference) and the tickets
 * whose text has it (see textMatch).
 */
export async function textFilter(
  db: Kysely<Database>,
  search: SearchIndex,
  q: string | undefined,
  cap: number,
): Promise<{ where?: Expression<SqlBool>; capped: boolean }> {
  const text = await textMatch(db, search, q, cap);
  const number = q ? ticketReferenceIn(q) : null;
  if (number === null || !text.where) return text;
  return { where: sql<SqlBool>`(tickets.id = ${number} or ${text.where})`, capped: text.capped };
}

/**
 * The condition for a search term, chosen by how common it is: a rare term's tickets come from the
 * index (exact and fast); a common one is checked ticket by ticket in list order, so a page stops
 * early and the count stops at the cap.
 */
async function textMatch(
  db: Kysely<Database>,
  search: SearchIndex,
  q: string | undefined,
  cap: number,
): Promise<{ where?: Expression<SqlBool>; capped: boolean }> {
  if (!q) return { capped: false };
  // An infinite cap means the index alone, read inside each query (the benchmark's baseline).
  if (cap === Number.POSITIVE_INFINITY) return { where: search.ticketInIndex(q), capped: false };
  const ids = await search.rareMatches(db, q, cap);
  if (ids === null) return { where: search.ticketHasText(q), capped: true };
  // The ids the index just gave (at most `cap`), so the page and the count do not search again.
  return { where: ids.length > 0 ? sql<SqlBool>`tickets.id in (${sql.join(ids)})` : sql<SqlBool>`1 = 0`, capped: false };
}

/** Applies a list query's filters (and, for engineers, "only mine") to a query over tickets; `text` comes from textFilter(). */
export function applyTicketFilters<QB extends TicketsQuery>(
  query: QB,
  filter: TicketQuery,
  text: Expression<SqlBool> | undefined,
  now: number,
  onlyFor?: string,
): QB {
  let q = query;
  if (filter.status) q = q.where('tickets.status', '=', filter.status) as QB;
  // Requests that ended without help stay out of the open-work views unless asked for.
  if (filter.outcome === 'none') q = q.where('tickets.outcome', 'is', null) as QB;
  else if (filter.outcome !== 'any') q = q.where('tickets.outcome', '=', filter.outcome) as QB;
  if (filter.priority) q = q.where('tickets.priority', '=', filter.priority) as QB;
  if (filter.category) q = q.where(sql`lower(tickets.category)`, '=', filter.category.toLowerCase()) as QB;
  if (filter.assignee) q = q.where('tickets.assignee_id', '=', filter.assignee) as QB;
  if (filter.engineer) q = workedBy(q, filter.engineer);
  // A tag is narrow: its few ticket ids come from its index. A rating is broad (one in five): the
  // list walks tickets in order and checks each through the (rating, ticket) index.
  if (filter.tag)
    q = q.where('tickets.id', 'in', (eb) =>
      eb.selectFrom('ticket_tags').select('ticket_tags.ticket_id').where('ticket_tags.tag', '=', filter.tag!),
    ) as QB;
  if (filter.rating)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('help_sessions as rated')
          .select('rated.ticket_id')
          .whereRef('rated.ticket_id', '=', 'tickets.id')
          .where('rated.rating', '=', filter.rating!),
      ),
    ) as QB;
  if (filter.slaBreached !== undefined)
    q = q.where(filter.slaBreached ? slaBreachedAt(now) : sql<SqlBool>`not ${slaBreachedAt(now)}`) as QB;
  if (filter.from !== undefined) q = q.where('tickets.created_at', '>=', filter.from) as QB;
  if (filter.to !== undefined) q = q.where('tickets.created_at', '<', filter.to) as QB;
  // Subject, customer, resolution, notes and chat.
  if (text) q = q.where(text) as QB;
  if (onlyFor) q = workedBy(q, onlyFor);
  return q;
}

export function applyTicketSort<QB extends TicketsQuery>(query: QB, filter: TicketQuery): QB {
  const direction = filter.order;
  if (filter.sort === 'priority') return query.orderBy(PRIORITY_RANK, direction).orderBy('tickets.id', direction) as QB;
  const column = filter.sort === 'created' ? 'tickets.created_at' : 'tickets.updated_at';
  return query.orderBy(column, direction).orderBy('tickets.id', direction) as QB;
}

/** How many tickets match, for pagination: exact, or `cap` and `capped` for a common search term. */
export async function countTickets(
  db: Kysely<Database>,
  filter: TicketQuery,
  text: { where?: Expression<SqlBool>; capped: boolean },
  now: number,
  onlyFor: string | undefined,
  cap: number,
): Promise<{ total: number; capped: boolean }> {
  if (!text.capped) {
    const row = await applyTicketFilters(
      db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')),
      filter,
      text.where,
      now,
      onlyFor,
    ).executeTakeFirstOrThrow();
    return { total: Number(row.n), capped: false };
  }
  // The probe already found more than `cap` tickets for the term; with nothing else to narrow them, that is the answer.
  const { q: _q, sort: _s, order: _o, page: _p, pageSize: _ps, ...narrowing } = filter;
  if (!onlyFor && Object.values(narrowing).every((v) => v === undefined)) return { total: cap, capped: true };
  const some = applyTicketFilters(db.selectFrom('tickets').select('tickets.id'), filter, text.where, now, onlyFor).limit(cap + 1);
  const row = await db
    .selectFrom(some.as('some'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return { total: Math.min(n, cap), capped: n > cap };
}
