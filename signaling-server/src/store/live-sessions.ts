import type { Kysely, Selectable } from 'kysely';
import type { Database, LiveSessionsTable } from './database-schema';
import type { DurableWrites } from './group-commit';
import { compiledOnce } from './compiled-once';

export interface LiveSessionRow {
  sessionId: string;
  /** The session's state as JSON, read back by whoever takes it over. */
  state: string;
  customerTokenHash: string;
  owner: string;
  updatedAt: number;
}

/** Live sessions' state and the leases of the processes holding them. */
export interface LiveSessionRepo {
  save(row: LiveSessionRow): Promise<void>;
  remove(sessionId: string): Promise<void>;
  list(): Promise<LiveSessionRow[]>;
  /** The sessions of every owner but these: those of owners that are gone (usually none). */
  listExcept(owners: string[]): Promise<LiveSessionRow[]>;
  /** Takes a session over from an owner that is gone; false when another process took it first. */
  takeOver(sessionId: string, from: string, to: string, at: number): Promise<boolean>;
  renewLease(owner: string, at: number): Promise<void>;
  releaseLease(owner: string): Promise<void>;
  /** Owners whose lease was renewed at or after `since`. */
  liveOwners(since: number): Promise<Set<string>>;
}

const toRow = (r: Selectable<LiveSessionsTable>): LiveSessionRow => ({
  sessionId: r.session_id,
  state: r.state,
  customerTokenHash: r.customer_token_hash,
  owner: r.owner,
  updatedAt: Number(r.updated_at),
});

type LiveWrite = { save: LiveSessionRow } | { remove: string };

/** A save: the state as it is now, by whichever process now holds the session. Compiled once per store. */
const upsertStatement = (db: Kysely<Database>) =>
  compiledOnce(db, 5, (d, sessionId: string, state: string, tokenHash: string, owner: string, updatedAt: number) =>
    d
      .insertInto('live_sessions')
      .values({ session_id: sessionId, state, customer_token_hash: tokenHash, owner, updated_at: updatedAt })
      .onConflict((oc) => oc.column('session_id').doUpdateSet({ state, owner, updated_at: updatedAt })),
  );

async function write(db: Kysely<Database>, upsert: ReturnType<typeof upsertStatement>, op: LiveWrite): Promise<void> {
  if ('remove' in op) {
    await db.deleteFrom('live_sessions').where('session_id', '=', op.remove).execute();
    return;
  }
  const row = op.save;
  await upsert(db, row.sessionId, row.state, row.customerTokenHash, row.owner, row.updatedAt);
}

/**
 * With group commit (SQLite), the state changes of concurrent sessions share one transaction and
 * one fsync with their events and session changes: each save still resolves only once it is on
 * disk, in order.
 */
export function createLiveSessionRepo(db: Kysely<Database>, writes: DurableWrites): LiveSessionRepo {
  // One statement needs no transaction of its own; grouped, it joins the store's next commit.
  const upsert = upsertStatement(db);
  const apply = (op: LiveWrite) => (writes.grouped ? writes.run((trx) => write(trx, upsert, op)) : write(db, upsert, op));
  return {
    save: (row) => apply({ save: row }),
    remove: (sessionId) => apply({ remove: sessionId }),
    async list() {
      return (await db.selectFrom('live_sessions').selectAll().execute()).map(toRow);
    },
    async listExcept(owners) {
      let query = db.selectFrom('live_sessions').selectAll();
      if (owners.length > 0) query = query.where('owner', 'not in', owners);
      return (await query.execute()).map(toRow);
    },
    async takeOver(sessionId, from, to, at) {
      const result = await db
        .updateTable('live_sessions')
        .set({ owner: to, updated_at: at })
        .where('session_id', '=', sessionId)
        .where('owner', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async renewLease(owner, at) {
      await db
        .insertInto('server_leases')
        .values({ owner, heartbeat_at: at })
        .onConflict((oc) => oc.column('owner').doUpdateSet({ heartbeat_at: at }))
        .execute();
    },
    async releaseLease(owner) {
      await db.deleteFrom('server_leases').where('owner', '=', owner).execute();
    },
    async liveOwners(since) {
      const rows = await db.selectFrom('server_leases').select('owner').where('heartbeat_at', '>=', since).execute();
      return new Set(rows.map((r) => r.owner));
    },
  };
}
