import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The SLA targets (ms) as they stood when this migration was released, frozen here: it dates the
 * tickets that existed then, and must give the same answer whatever the live targets become.
 */
const SLA_TARGETS_AT_0007 = {
  urgent: { firstResponseMs: 15 * MINUTE, resolutionMs: 4 * HOUR },
  high: { firstResponseMs: 1 * HOUR, resolutionMs: 8 * HOUR },
  normal: { firstResponseMs: 4 * HOUR, resolutionMs: 24 * HOUR },
  low: { firstResponseMs: 8 * HOUR, resolutionMs: 72 * HOUR },
};

/** A SQL expression: the frozen SLA target (ms) for the row's priority. */
function slaCase(target: 'firstResponseMs' | 'resolutionMs') {
  const arms = Object.entries(SLA_TARGETS_AT_0007).map(([priority, t]) => sql`when ${sql.lit(priority)} then ${sql.lit(t[target])}`);
  return sql`(case priority ${sql.join(arms, sql` `)} end)`;
}

/** Migration 0007_ticket_customer_tags_sla: released; never edit it, add a new one. */
export function migrationTicketCustomerTagsSla(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('help_sessions').addColumn('customer_email', 'text').execute();
      for (const column of ['customer_email', 'customer_organisation']) {
        await db.schema.alterTable('tickets').addColumn(column, 'text').execute();
      }
      // SLA clocks live on the ticket, so "breached" is a filter the database can answer.
      for (const column of ['first_response_at', 'first_response_due_at', 'resolution_due_at']) {
        await db.schema.alterTable('tickets').addColumn(column, 'bigint').execute();
      }
      await sql`update tickets set first_response_at = (select min(claimed_at) from help_sessions where help_sessions.ticket_id = tickets.id)`.execute(
        db,
      );
      await sql`update tickets set first_response_due_at = created_at + ${slaCase('firstResponseMs')}, resolution_due_at = created_at + ${slaCase('resolutionMs')}`.execute(
        db,
      );
      await db.schema
        .createTable('ticket_tags')
        .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
        .addColumn('tag', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ticket_tags_pk', ['ticket_id', 'tag'])
        .execute();
      await db.schema.createIndex('ticket_tags_by_tag').on('ticket_tags').columns(['tag', 'ticket_id']).execute();
      await db.schema.createIndex('help_sessions_by_created').on('help_sessions').column('created_at').execute();
    },
  };
}
