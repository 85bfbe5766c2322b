import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0004_ticket_work: released; never edit it, add a new one. */
export function migrationTicketWork(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('tickets')
        .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
        .execute();
      await db.schema.alterTable('tickets').addColumn('category', 'text').execute();
      await db.schema
        .alterTable('tickets')
        .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
        .execute();
      await db.schema.alterTable('tickets').addColumn('resolution_summary', 'text').execute();
      await db.schema.alterTable('tickets').addColumn('resolved_at', 'bigint').execute();
    },
  };
}
