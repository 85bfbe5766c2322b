import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0016_customer_language: released; never edit it, add a new one. */
export function migrationCustomerLanguage(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // The language the customer's screens were in (en, zh-Hans, zh-Hant, ar, vi); null before it was kept.
      await db.schema.alterTable('help_sessions').addColumn('customer_language', 'text').execute();
    },
  };
}
