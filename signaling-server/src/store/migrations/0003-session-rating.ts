import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0003_session_rating: released; never edit it, add a new one. */
export function migrationSessionRating(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('help_sessions').addColumn('customer_token_hash', 'text').execute();
      await db.schema.alterTable('help_sessions').addColumn('rating', 'integer').execute();
      await db.schema.alterTable('help_sessions').addColumn('rating_comment', 'text').execute();
      await db.schema.alterTable('help_sessions').addColumn('rated_at', 'bigint').execute();
      await db.schema.createIndex('help_sessions_by_customer_token').on('help_sessions').column('customer_token_hash').execute();
    },
  };
}
