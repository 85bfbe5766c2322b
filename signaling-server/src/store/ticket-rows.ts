import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { TicketSummary } from '../../protocol';
import type { Database } from './database-schema';
import type { Dialect } from './dialect';

const TAG_SEPARATOR = '\u001f';

/** Tickets as the lists show them: with their assignee's name, session count and tags. */
export function selectTicketSummaries(db: Kysely<Database>, dialect: Dialect) {
  /** The ticket's tags, joined into one string (string_agg / group_concat). */
  const tagList = (eb: ExpressionBuilder<Database, 'tickets'>) => {
    const joined =
      dialect === 'postgres'
        ? sql<string | null>`string_agg(ticket_tags.tag, ${TAG_SEPARATOR})`
        : sql<string | null>`group_concat(ticket_tags.tag, ${TAG_SEPARATOR})`;
    return eb.selectFrom('ticket_tags').select(joined.as('t')).whereRef('ticket_tags.ticket_id', '=', 'tickets.id').as('tags');
  };
  return db
    .selectFrom('tickets')
    .leftJoin('help_sessions', 'help_sessions.ticket_id', 'tickets.id')
    .leftJoin('users as assignee', 'assignee.id', 'tickets.assignee_id')
    .select([
      'tickets.id',
      'tickets.subject',
      'tickets.customer_name',
      'tickets.status',
      'tickets.outcome',
      'tickets.priority',
      'tickets.category',
      'tickets.assignee_id',
      'assignee.name as assignee_name',
      'tickets.created_at',
      'tickets.updated_at',
      'tickets.resolution_summary',
      'tickets.resolved_at',
      'tickets.first_response_at',
      'tickets.customer_email',
      'tickets.customer_organisation',
    ])
    .select((eb) => eb.fn.count<number>('help_sessions.id').as('session_count'))
    .select(tagList)
    .groupBy(['tickets.id', 'assignee.name']);
}

export type TicketSummaryRow = Awaited<ReturnType<ReturnType<typeof selectTicketSummaries>['execute']>>[number];

export function toTicketSummary(row: TicketSummaryRow): TicketSummary {
  return {
    id: Number(row.id),
    subject: row.subject,
    customerName: row.customer_name,
    status: row.status,
    outcome: row.outcome,
    priority: row.priority,
    category: row.category,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name ?? null,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    sessionCount: Number(row.session_count),
    firstResponseAt: row.first_response_at === null ? null : Number(row.first_response_at),
    resolvedAt: row.resolved_at === null ? null : Number(row.resolved_at),
    customerEmail: row.customer_email,
    customerOrganisation: row.customer_organisation,
    tags: row.tags ? String(row.tags).split(TAG_SEPARATOR).sort() : [],
  };
}
