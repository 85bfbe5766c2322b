import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compiledOnce } from '../../../signaling-server/src/store/compiled-once';
import type { Database } from '../../../signaling-server/src/store/database-schema';

/** A real SQLite database with one table, typed as the store's (the statements only touch settings). */
async function open() {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
  await sql`create table settings (key text primary key, value text not null)`.execute(db);
  return db;
}

describe('a statement compiled once', () => {
  it('binds new arguments at each run, keeps its constants, and runs in a transaction too', async () => {
    const db = await open();
    let built = 0;
    const upsert = compiledOnce(db, 2, (d, key: string, value: string) => {
      built += 1;
      // The value twice (insert and update) and a constant suffix: each bound in its place.
      return d
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql<string>`${value} || ${'!'}` }));
    });
    const read = compiledOnce(db, 1, (d, key: string) => d.selectFrom('settings').select('value').where('key', '=', key));
    await upsert(db, 'a', 'one');
    await upsert(db, 'b', 'two');
    await db.transaction().execute((trx) => upsert(trx, 'a', 'uno'));
    expect((await read(db, 'a')).rows).toEqual([{ value: 'uno!' }]);
    expect((await read(db, 'b')).rows).toEqual([{ value: 'two' }]);
    expect((await read(db, 'c')).rows).toEqual([]);
    expect(built).toBe(1);
    await db.destroy();
  });

  it('refuses a build that does not bind an argument as a value', async () => {
    const db = await open();
    const shaped = compiledOnce(db, 2, (d, key: string, _unused: string) =>
      d.selectFrom('settings').select('value').where('key', '=', key),
    );
    await expect(async () => shaped(db, 'a', 'b')).rejects.toThrow(/argument\(s\) 1 not bound/);
    await db.destroy();
  });
});
