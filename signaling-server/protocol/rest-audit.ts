import { z } from 'zod';
import { AuditEntry, AuditExportQuery, AuditQuery } from './audit';
import { okWith, type RestRoute } from './rest-route';

/** Admins read who changed what, newest first. */
export const auditRoutes = {
  'GET /api/audit': {
    summary: 'The audit trail: changes to accounts and settings, who made them and when, newest first',
    access: 'admin',
    query: AuditQuery,
    response: okWith({ entries: z.array(AuditEntry), total: z.number(), page: z.number(), pageSize: z.number() }),
  },
  'GET /api/audit/export': {
    summary: 'The whole audit trail (or one kind of entry) as CSV or JSON, newest first, streamed',
    access: 'admin',
    query: AuditExportQuery,
    response: 'download',
  },
} as const satisfies Record<string, RestRoute>;
