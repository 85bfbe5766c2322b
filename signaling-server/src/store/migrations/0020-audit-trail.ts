import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0020_audit_trail: released; never edit it, add a new one. */
export function migrationAuditTrail(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // Who changed accounts and settings, and when: entries are only ever added, newest read first.
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_kind', 'text')
        .addColumn('target_id', 'text')
        .addColumn('target_label', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
      // One kind of change at a time, newest first (all of them: the primary key).
      await db.schema.createIndex('audit_log_by_action').on('audit_log').columns(['action', 'id']).execute();
    },
  };
}
