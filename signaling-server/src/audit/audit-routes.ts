import type { AuditEntry } from '../../protocol';
import { isoTime, sendExport, type CsvColumn } from '../http/export-format';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';

const AUDIT_COLUMNS: Array<CsvColumn<AuditEntry>> = [
  ['at', (e) => isoTime(e.at)],
  ['actor_id', (e) => e.actor.id],
  ['actor_name', (e) => e.actor.name],
  ['action', (e) => e.action],
  ['target_kind', (e) => e.target?.kind ?? null],
  ['target_id', (e) => e.target?.id ?? null],
  ['target_label', (e) => e.target?.label ?? null],
  ['details', (e) => JSON.stringify(e.details)],
];

/** /api/audit: the trail, for admins, newest first; a page to read, or all of it to keep. */
export function registerAuditRoutes(route: RestRouter, deps: { store: Store }): void {
  route('GET /api/audit', async ({ query }) => ({
    ok: true,
    ...(await deps.store.audit.list(query)),
    page: query.page,
    pageSize: query.pageSize,
  }));

  route('GET /api/audit/export', async ({ query, reply }) =>
    sendExport(reply, 'audit-trail', query.format, AUDIT_COLUMNS, deps.store.audit.all(query.action)),
  );
}
