import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0006_ticket_list_indexes: released; never edit it, add a new one. */
export function migrationTicketListIndexes(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      for (const column of ['updated_at', 'created_at', 'status', 'priority', 'category', 'assignee_id']) {
        await db.schema.createIndex(`tickets_by_${column}`).on('tickets').column(column).execute();
      }
      await db.schema.createIndex('help_sessions_by_engineer').on('help_sessions').column('engineer_id').execute();
    },
  };
}
