import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { SLA_TARGETS, type TicketPriority } from '../../protocol';

/** The due-time columns for a priority, from the ticket's own created_at: set on open and on every priority change. */
export function slaDueColumns(priority: TicketPriority): {
  first_response_due_at: RawBuilder<number>;
  resolution_due_at: RawBuilder<number>;
} {
  const target = SLA_TARGETS[priority];
  return {
    first_response_due_at: sql<number>`created_at + ${target.firstResponseMs}`,
    resolution_due_at: sql<number>`created_at + ${target.resolutionMs}`,
  };
}

/** True where the ticket missed (or, still open at `now`, is past) either target: the same rule as slaStatus(). */
export function slaBreachedAt(now: number): RawBuilder<SqlBool> {
  return sql<SqlBool>`(coalesce(tickets.first_response_at, tickets.resolved_at, ${now}) > tickets.first_response_due_at or coalesce(tickets.resolved_at, ${now}) > tickets.resolution_due_at)`;
}
