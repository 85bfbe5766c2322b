import { closeSync, fdatasync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';

/**
 * One fdatasync at a time, shared: a sync asked for while one is under way waits for the next,
 * which starts after that one ends and so covers every write made before it was asked for.
 */
export function createSharedSync(syncOnce: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const sync = (): Promise<void> => {
    if (!running) {
      running = syncOnce().finally(() => (running = undefined));
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return sync();
      });
    return queued;
  };
  return sync;
}

/** Syncing the WAL file of an SQLite database to disk, in libuv's thread pool. */
export interface WalSync {
  sync(): Promise<void>;
  close(): void;
}

export function walFileSync(databaseFile: string): WalSync {
  let fd: number | undefined;
  const open = (): number => {
    if (fd !== undefined) return fd;
    // SQLite made the file with the first write; its directory entry is synced once, as the file's own data is each time.
    fd = openSync(`${databaseFile}-wal`, 'r');
    const dir = openSync(dirname(databaseFile), 'r');
    fsyncSync(dir);
    closeSync(dir);
    return fd;
  };
  return {
    sync: createSharedSync(() => new Promise((resolve, reject) => fdatasync(open(), (err) => (err ? reject(err) : resolve())))),
    close: () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/**
 * SQLite's durable commits without stalling the one thread that serves every socket. With
 * synchronous=FULL, COMMIT fsyncs the WAL on that thread: under load it stood still for 12–15% of
 * the time. Here SQLite runs with synchronous=NORMAL (a commit writes its WAL frames, which a crash
 * of the process cannot lose) and each statement that ends a write, an autocommitted one or a
 * COMMIT, is followed by a sync of the WAL (the thread pool's fdatasync) before its promise
 * resolves. So, as before, a write acknowledged has reached the disk; reads never wait for a sync
 * of their own, nor for another caller's (the connection is let go before the sync). Checkpoints
 * keep SQLite's own syncs.
 */
export class WalSyncedSqliteDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #wal: WalSync;

  constructor(sqlite: BetterSqlite3.Database, wal: WalSync) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
    this.#wal = wal;
  }

  override createDriver(): Driver {
    const inner = super.createDriver();
    const sqlite = this.#sqlite;
    const wal = this.#wal;
    // SQLite's one connection is held by one caller at a time (Kysely's mutex): what it wrote and
    // has yet to sync is that caller's, synced once it lets the connection go.
    let wrote = false;
    let syncOwed = false;
    const wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();
    const wrap = (connection: DatabaseConnection): DatabaseConnection => ({
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        // Statements are prepared once and kept (open-sqlite.ts), so asking costs a lookup.
        if (!sqlite.prepare(query.sql).readonly) wrote = true;
        const result = await connection.executeQuery<R>(query);
        if (wrote && !sqlite.inTransaction) {
          wrote = false;
          syncOwed = true;
        }
        return result;
      },
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    });
    return {
      init: () => inner.init(),
      async acquireConnection() {
        const connection = await inner.acquireConnection();
        let outer = wrapped.get(connection);
        if (!outer) wrapped.set(connection, (outer = wrap(connection)));
        return outer;
      },
      beginTransaction: (connection, settings) => inner.beginTransaction(connection, settings),
      commitTransaction: (connection) => inner.commitTransaction(connection),
      rollbackTransaction: (connection) => inner.rollbackTransaction(connection),
      savepoint: (connection, name, compile) => inner.savepoint!(connection, name, compile),
      rollbackToSavepoint: (connection, name, compile) => inner.rollbackToSavepoint!(connection, name, compile),
      releaseSavepoint: (connection, name, compile) => inner.releaseSavepoint!(connection, name, compile),
      // The connection goes to the next caller first, so reads and the next group's statements run
      // while this caller's sync is under way; this caller still waits for it.
      async releaseConnection(connection) {
        const owed = syncOwed;
        syncOwed = false;
        await inner.releaseConnection(connection);
        if (owed) await wal.sync();
      },
      destroy: () => inner.destroy().finally(() => wal.close()),
    };
  }
}
