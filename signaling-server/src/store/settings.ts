import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { SettingsRepo } from './store';
import { compiledOnce } from './compiled-once';

/** The organisation's settings, as keys and values. */
export function createSettingsRepo(db: Kysely<Database>): SettingsRepo {
  // Read with every staff sign-in check: compiled once.
  const valueOf = compiledOnce(db, 1, (d, key: string) => d.selectFrom('settings').select('value').where('key', '=', key));
  return {
    async get(key) {
      return (await valueOf(db, key)).rows[0]?.value;
    },
    async set(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}
