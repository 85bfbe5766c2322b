import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database-schema';
import { migrateToLatest } from './migrations/migrate';
import { createStore, type StoreOptions } from './create-store';
import type { Store } from './store';

/**
 * The embedded default: one SQLite file in WAL mode with foreign keys on and synchronous=FULL, so an
 * acknowledged event survives a crash of the process (and of the machine).
 */
export async function openSqliteStore(file: string, options: StoreOptions = {}): Promise<Store> {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db, 'sqlite');
  return createStore(db, 'sqlite', options);
}
