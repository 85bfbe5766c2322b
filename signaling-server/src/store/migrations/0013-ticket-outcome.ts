import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0013_ticket_outcome: released; never edit it, add a new one. */
export function migrationTicketOutcome(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // How a request that never got help ended (cancelled, declined, expired, ...); null otherwise.
      await db.schema.alterTable('tickets').addColumn('outcome', 'text').execute();
      // The open-work views keep to tickets without one, in list order.
      await db.schema.createIndex('tickets_by_outcome_updated').on('tickets').columns(['outcome', 'updated_at']).execute();
    },
  };
}
