import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0018_session_screenshots: released; never edit it, add a new one. */
export function migrationSessionScreenshots(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // Stills of the shared screen that an engineer kept with the session: the PNG itself, since
      // the ticket must hold them wherever the server runs (no file store beside the database).
      await db.schema
        .createTable('session_screenshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('help_sessions.id').onDelete('cascade'))
        .addColumn('taken_at', 'bigint', (c) => c.notNull())
        .addColumn('taken_by', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('png', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('session_screenshots_by_session').on('session_screenshots').columns(['session_id', 'taken_at']).execute();
    },
  };
}
