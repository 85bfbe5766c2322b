import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0014_live_sessions: released; never edit it, add a new one. */
export function migrationLiveSessions(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // A live session's state outside the process that holds it, so another process (or the same
      // one restarted) can take it over; gone once the session ends.
      await db.schema
        .createTable('live_sessions')
        .addColumn('session_id', 'text', (c) => c.primaryKey().references('help_sessions.id').onDelete('cascade'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('customer_token_hash', 'text', (c) => c.notNull())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      // Each running server process renews its lease; a lease not renewed means the process is gone.
      await db.schema
        .createTable('server_leases')
        .addColumn('owner', 'text', (c) => c.primaryKey())
        .addColumn('heartbeat_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  };
}
