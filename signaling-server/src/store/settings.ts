import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { SettingsRepo } from './store';

/** The organisation's settings, as keys and values. */
export function createSettingsRepo(db: Kysely<Database>): SettingsRepo {
  return {
    async get(key) {
      return (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
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
