import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './database-schema';
import { migrateToLatest } from './migrations/migrate';
import { createStore, type StoreOptions } from './create-store';
import type { Store } from './store';
import { walFileSync, WalSyncedSqliteDialect } from './wal-sync';

/**
 * Kysely prepares every query's SQL again each time it runs; the same few hundred statements come
 * back over and over, so the prepared ones are kept (least recently used out past `max`). One
 * connection runs one query at a time (Kysely's mutex, a stream included), so a kept statement is
 * never in use twice at once.
 */
function keepPreparedStatements(sqlite: BetterSqlite3.Database, max = 300): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, BetterSqlite3.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) kept.delete(source);
    else statement = prepare(source);
    kept.set(source, statement);
    if (kept.size > max) kept.delete(kept.keys().next().value!);
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * The embedded default: one SQLite file in WAL mode with foreign keys on. A write is acknowledged
 * once its WAL frames are synced to disk (wal-sync.ts: synchronous=NORMAL, the sync in the thread
 * pool), so it survives a crash of the process and of the machine.
 */
export async function openSqliteStore(file: string, options: StoreOptions = {}): Promise<Store> {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  keepPreparedStatements(sqlite);
  const db = new Kysely<Database>({ dialect: new WalSyncedSqliteDialect(sqlite, walFileSync(file)) });
  await migrateToLatest(db, 'sqlite');
  return createStore(db, 'sqlite', options);
}
