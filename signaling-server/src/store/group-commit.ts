import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database-schema';

interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: writes that arrive while a commit is running (or in the same tick) go into the
 * next commit together, one transaction and one fsync for all of them. Each caller's promise
 * settles only once its own write is durable, so an acknowledgement still means "on disk". If a
 * group fails, its writes are retried one by one, so one bad write fails only its own caller.
 */
export function createGroupCommit<T>(commit: (batch: T[]) => Promise<void>, options: { maxBatch?: number } = {}) {
  const maxBatch = options.maxBatch ?? 256;
  let queue: Array<Waiting<T>> = [];
  let running = false;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        await commit(batch.map((w) => w.item));
        for (const w of batch) w.resolve();
      } catch {
        for (const w of batch) {
          try {
            await commit([w.item]);
            w.resolve();
          } catch (err) {
            w.reject(err);
          }
        }
      }
    }
    running = false;
  }

  return (item: T): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // The first write of a quiet moment waits one tick for company; later ones join the next group.
      if (!running) {
        running = true;
        setImmediate(() => void drain());
      }
    });
}

/** A durable write: statements run in the transaction it is given. */
export type DurableWrite = (trx: Transaction<Database>) => Promise<unknown>;

/**
 * Where a store's durable writes go. Grouped (SQLite): the writes of every repository that arrive
 * together (a session's change, its event, its live state) share one transaction and one fsync.
 * Otherwise (PostgreSQL): each write is a transaction of its own.
 */
export interface DurableWrites {
  grouped: boolean;
  run(write: DurableWrite): Promise<void>;
}

export function createDurableWrites(db: Kysely<Database>, grouped: boolean): DurableWrites {
  const commit = (writes: DurableWrite[]) =>
    db.transaction().execute(async (trx) => {
      for (const write of writes) await write(trx);
    });
  const group = createGroupCommit(commit);
  return { grouped, run: (write) => (grouped ? group(write) : commit([write])) };
}
