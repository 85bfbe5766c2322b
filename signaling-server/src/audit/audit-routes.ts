import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';

/** /api/audit: the trail, for admins, newest first. */
export function registerAuditRoutes(route: RestRouter, deps: { store: Store }): void {
  route('GET /api/audit', async ({ query }) => ({
    ok: true,
    ...(await deps.store.audit.list(query)),
    page: query.page,
    pageSize: query.pageSize,
  }));
}
