import type { Kysely, Selectable } from 'kysely';
import type { AuditAction, AuditEntry, AuditQuery } from '../../protocol';
import type { AuditLogTable, Database } from './database-schema';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The audit trail: entries are added, never changed; read newest first, a page at a time. */
export interface AuditRepo {
  add(entry: NewAuditEntry): Promise<void>;
  list(query: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }>;
  /** Every entry (or every one of a kind), newest first, read `pageSize` at a time, for an export. */
  all(action?: AuditAction, pageSize?: number): AsyncIterable<AuditEntry>;
}

/** Entries read at a time by an export. */
const EXPORT_PAGE = 500;

function entryOf(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: Number(row.id),
    at: Number(row.at),
    actor: { id: row.actor_id, name: row.actor_name },
    action: row.action as AuditAction,
    target:
      row.target_kind && row.target_id
        ? { kind: row.target_kind as NonNullable<AuditEntry['target']>['kind'], id: row.target_id, label: row.target_label ?? '' }
        : null,
    details: JSON.parse(row.details) as AuditEntry['details'],
  };
}

export function createAuditRepo(db: Kysely<Database>): AuditRepo {
  return {
    async add(entry) {
      await db
        .insertInto('audit_log')
        .values({
          at: entry.at,
          actor_id: entry.actor.id,
          actor_name: entry.actor.name,
          action: entry.action,
          target_kind: entry.target?.kind ?? null,
          target_id: entry.target?.id ?? null,
          target_label: entry.target?.label ?? null,
          details: JSON.stringify(entry.details),
        })
        .execute();
    },
    async list({ action, page, pageSize }) {
      let rows = db.selectFrom('audit_log');
      if (action) rows = rows.where('action', '=', action);
      const [found, counted] = await Promise.all([
        rows
          .selectAll()
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        rows.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const entries = found.map(entryOf);
      return { entries, total: Number(counted.n) };
    },
    async *all(action, pageSize = EXPORT_PAGE) {
      // Pages follow the id downwards, so entries added meanwhile neither repeat nor shift what is read.
      let below: number | undefined;
      for (;;) {
        let rows = db.selectFrom('audit_log').selectAll();
        if (below !== undefined) rows = rows.where('id', '<', below);
        if (action) rows = rows.where('action', '=', action);
        const page = await rows.orderBy('id', 'desc').limit(pageSize).execute();
        yield* page.map(entryOf);
        if (page.length < pageSize) return;
        below = Number(page.at(-1)!.id);
      }
    },
  };
}
