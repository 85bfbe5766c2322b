import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0012_totp_last_step: released; never edit it, add a new one. */
export function migrationTotpLastStep(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // The last 30-second step whose code signed this user in: a code is good once.
      await db.schema.alterTable('users').addColumn('totp_last_step', 'bigint').execute();
    },
  };
}
