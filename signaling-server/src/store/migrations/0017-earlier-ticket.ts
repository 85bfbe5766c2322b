import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0017_earlier_ticket: released; never edit it, add a new one. */
export function migrationEarlierTicket(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // The reference (ticket number) of an earlier request that a follow-up request names, as the
      // customer gave it: not a foreign key, since it is the customer's word until an engineer links it.
      await db.schema.alterTable('help_sessions').addColumn('earlier_ticket_id', 'integer').execute();
    },
  };
}
