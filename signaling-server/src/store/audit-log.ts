import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntry, AuditQuery } from '../../protocol';
import type { Database } from './database-schema';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The audit trail: entries are added, never changed; read newest first, a page at a time. */
export interface AuditRepo {
  add(entry: NewAuditEntry): Promise<void>;
  list(query: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }>;
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
      const entries = found.map((row): AuditEntry => ({
        id: Number(row.id),
        at: Number(row.at),
        actor: { id: row.actor_id, name: row.actor_name },
        action: row.action as AuditAction,
        target:
          row.target_kind && row.target_id
            ? { kind: row.target_kind as NonNullable<AuditEntry['target']>['kind'], id: row.target_id, label: row.target_label ?? '' }
            : null,
        details: JSON.parse(row.details) as AuditEntry['details'],
      }));
      return { entries, total: Number(counted.n) };
    },
  };
}
