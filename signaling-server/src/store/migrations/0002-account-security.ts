import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0002_account_security: released; never edit it, add a new one. */
export function migrationAccountSecurity(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
      await db.schema
        .alterTable('users')
        .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
