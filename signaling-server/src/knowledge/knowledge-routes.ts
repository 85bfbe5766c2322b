import { unwrap } from '../auth/staff-guard';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import { buildKnowledgeReport } from './knowledge-report';
import type { KnowledgeService } from './knowledge-service';

/** Staff write, find, publish and use articles; admins read the knowledge report and choose who publishes. */
export function registerKnowledgeRoutes(route: RestRouter, deps: { knowledge: KnowledgeService; store: Store }): void {
  const { knowledge } = deps;

  route('GET /api/knowledge/articles', async ({ query }) => ({
    ...(await knowledge.list(query)),
    page: query.page,
    pageSize: query.pageSize,
  }));

  route('POST /api/knowledge/articles', async ({ staff, body }) => unwrap(await knowledge.create(staff, body)));

  route('POST /api/knowledge/articles/from-ticket', async ({ staff, body }) => unwrap(await knowledge.fromTicket(staff, body.ticketId)));

  route('GET /api/knowledge/articles/:id', async ({ staff, params }) => unwrap(await knowledge.get(staff, params.id)));

  route('PUT /api/knowledge/articles/:id', async ({ staff, params, body: { baseVersion, ...content } }) =>
    unwrap(await knowledge.update(staff, params.id, content, baseVersion)),
  );

  route('POST /api/knowledge/articles/:id/status', async ({ staff, params, body }) =>
    unwrap(await knowledge.setStatus(staff, params.id, body.status)),
  );

  route('GET /api/knowledge/articles/:id/versions', async ({ params }) => unwrap(await knowledge.versions(params.id)));

  route('POST /api/knowledge/articles/:id/restore', async ({ staff, params, body }) =>
    unwrap(await knowledge.restore(staff, params.id, body.version)),
  );

  route('POST /api/knowledge/articles/:id/solved', async ({ staff, params, body }) =>
    unwrap(await knowledge.recordUse(staff, params.id, { relation: 'solved', ...body })),
  );

  route('POST /api/knowledge/articles/:id/sent', async ({ staff, params, body }) =>
    unwrap(await knowledge.recordUse(staff, params.id, { relation: 'sent', sessionId: body.sessionId })),
  );

  route('GET /api/knowledge/suggestions', async ({ query }) => ({ ok: true, suggestions: await knowledge.suggest(query) }));

  route('GET /api/knowledge/publishers', async () => ({ ok: true, userIds: await knowledge.publishers() }));

  route('PUT /api/knowledge/publishers', async ({ body }) => {
    await knowledge.setPublishers(body.userIds);
    return { ok: true };
  });

  route('GET /api/knowledge/report', async ({ query }) => ({
    ok: true,
    report: buildKnowledgeReport(await deps.store.articleUsage.reportRows(query.from, query.to)),
  }));
}
