import { HttpError } from '../http/http-errors';
import type { RestRouter } from '../http/rest-router';
import type { WebhookRepo } from '../store/store';

/** Admins configure webhook endpoints and read the delivery log. */
export function registerWebhookRoutes(route: RestRouter, deps: { webhooks: WebhookRepo; now: () => number }): void {
  const { webhooks } = deps;
  const found = (ok: boolean | number, what = 'No such webhook') => {
    if (!ok) throw new HttpError('not_found', what);
    return { ok: true as const };
  };

  route('GET /api/webhooks', async () => ({ ok: true, endpoints: await webhooks.listEndpoints() }));

  // The signing secret is shown once, here; afterwards only its last four characters.
  route('POST /api/webhooks', async ({ body }) => ({ ok: true, ...(await webhooks.createEndpoint(body, deps.now())) }));

  route('PATCH /api/webhooks/:id', async ({ params, body }) => found(await webhooks.updateEndpoint(params.id, body)));

  route('DELETE /api/webhooks/:id', async ({ params }) => found(await webhooks.deleteEndpoint(params.id)));

  route('POST /api/webhooks/:id/ping', async ({ params }) => found(await webhooks.ping(params.id, deps.now()), 'No such active webhook'));

  route('GET /api/webhooks/deliveries', async ({ query }) => ({
    ok: true,
    ...(await webhooks.listDeliveries(query)),
    page: query.page,
    pageSize: query.pageSize,
  }));

  route('POST /api/webhooks/deliveries/:id/retry', async ({ params }) =>
    found(await webhooks.retry(params.id, deps.now()), 'No such failed delivery'),
  );
}
