import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateWebhookRequest, DeliveryQuery, UpdateWebhookRequest } from '../../protocol';
import type { SignIn } from '../auth/sign-in';
import { requireStaff } from '../auth/staff-guard';
import { HttpError, parseInput } from '../http/http-errors';
import type { WebhookRepo } from '../tickets/store';

const IdParams = z.object({ id: z.string().uuid() });

/** Admins configure webhook endpoints and read the delivery log. */
export function registerWebhookRoutes(app: FastifyInstance, deps: { signIn: SignIn; webhooks: WebhookRepo; now: () => number }): void {
  const admin = { preHandler: requireStaff(deps.signIn, ['admin']) };
  const found = (ok: boolean | number, what = 'No such webhook') => {
    if (!ok) throw new HttpError('not_found', what);
    return { ok: true };
  };

  app.get('/api/webhooks', admin, async () => ({ ok: true, endpoints: await deps.webhooks.listEndpoints() }));

  // The signing secret is shown once, here; afterwards only its last four characters.
  app.post('/api/webhooks', admin, async (request) => ({ ok: true, ...(await deps.webhooks.createEndpoint(parseInput(CreateWebhookRequest, request.body), deps.now())) }));

  app.patch('/api/webhooks/:id', admin, async (request) =>
    found(await deps.webhooks.updateEndpoint(parseInput(IdParams, request.params).id, parseInput(UpdateWebhookRequest, request.body))),
  );

  app.delete('/api/webhooks/:id', admin, async (request) => found(await deps.webhooks.deleteEndpoint(parseInput(IdParams, request.params).id)));

  app.post('/api/webhooks/:id/ping', admin, async (request) => found(await deps.webhooks.ping(parseInput(IdParams, request.params).id, deps.now()), 'No such active webhook'));

  app.get('/api/webhooks/deliveries', admin, async (request) => {
    const query = parseInput(DeliveryQuery, request.query);
    return { ok: true, ...(await deps.webhooks.listDeliveries(query)), page: query.page, pageSize: query.pageSize };
  });

  app.post('/api/webhooks/deliveries/:id/retry', admin, async (request) =>
    found(await deps.webhooks.retry(parseInput(IdParams, request.params).id, deps.now()), 'No such failed delivery'),
  );
}
