import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { walFileSync, WalSyncedSqliteDialect, type WalSync } from '../../../signaling-server/src/store/wal-sync';

interface Db {
  notes: { id: number; text: string };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A real SQLite file in WAL mode, as the store opens it, with a table. Its WAL sync is the real one,
 * or one the test counts and holds (from `held.holding` on) until it lets each go.
 */
async function open(real = false) {
  const dir = mkdtempSync(join(tmpdir(), 'firstline-wal-'));
  dirs.push(dir);
  const file = join(dir, 'test.sqlite');
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const held = { holding: false, syncs: 0, release: [] as Array<() => void> };
  const counting: WalSync = {
    sync: () => (held.holding ? new Promise<void>((resolve) => ((held.syncs += 1), held.release.push(resolve))) : Promise.resolve()),
    close: () => undefined,
  };
  const db = new Kysely<Db>({ dialect: new WalSyncedSqliteDialect(sqlite, real ? walFileSync(file) : counting) });
  await sql`create table notes (id integer primary key, text text not null)`.execute(db);
  held.holding = true;
  return { db, held, file };
}
/** Whether a promise is still pending after the event loop has turned. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return !done;
}

describe('SQLite writes acknowledged after the WAL is synced', () => {
  it('holds an autocommitted write until its WAL sync is done; reads need none', async () => {
    const { db, held } = await open();
    const insert = db.insertInto('notes').values({ id: 1, text: 'kept' }).execute();
    expect(await pending(insert)).toBe(true);
    expect(held.syncs).toBe(1);
    held.release.shift()!();
    await insert;
    await db.selectFrom('notes').selectAll().execute();
    expect(held.syncs).toBe(1);
    await db.destroy();
  });

  it("lets the connection go before the sync: reads and the next transaction run during another caller's sync", async () => {
    const { db, held } = await open();
    const first = db.insertInto('notes').values({ id: 1, text: 'first' }).execute();
    expect(await pending(first)).toBe(true);
    // While the first write's sync is held, a read answers and a second transaction commits (and waits for its own sync).
    expect(await db.selectFrom('notes').select('text').execute()).toEqual([{ text: 'first' }]);
    const second = db.transaction().execute((trx) => trx.insertInto('notes').values({ id: 2, text: 'second' }).execute());
    expect(await pending(second)).toBe(true);
    expect(held.syncs).toBe(2);
    expect(await pending(first)).toBe(true);
    held.release.shift()!();
    await first;
    expect(await pending(second)).toBe(true);
    held.release.shift()!();
    await second;
    await db.destroy();
  });

  it('syncs a transaction once, after its commit, however many statements it wrote', async () => {
    const { db, held } = await open();
    const syncsInside: number[] = [];
    const committed = db.transaction().execute(async (trx) => {
      for (const id of [1, 2, 3]) {
        await trx
          .insertInto('notes')
          .values({ id, text: `note ${id}` })
          .execute();
        syncsInside.push(held.syncs);
      }
    });
    expect(await pending(committed)).toBe(true);
    expect(syncsInside).toEqual([0, 0, 0]);
    expect(held.syncs).toBe(1);
    held.release.shift()!();
    await committed;
    expect(await db.selectFrom('notes').select('id').execute()).toHaveLength(3);
    await db.destroy();
  });

  it('runs the real WAL sync (the file found and synced), the write there on the next opening', async () => {
    const { db, file } = await open(true);
    await db.insertInto('notes').values({ id: 7, text: 'after a restart' }).execute();
    await db.destroy();
    const reopened = new BetterSqlite3(file);
    expect(reopened.prepare('select text from notes where id = 7').get()).toEqual({ text: 'after a restart' });
    reopened.close();
  });
});
