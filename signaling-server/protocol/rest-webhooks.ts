import { z } from 'zod';
import { OkResponse, okWith, UuidParams, type RestRoute } from './rest-route';
import { CreateWebhookRequest, DeliveryQuery, UpdateWebhookRequest, WebhookDelivery, WebhookEndpoint } from './webhooks';

/** Admins configure webhook endpoints and read the delivery log. */
export const webhookRoutes = {
  'GET /api/webhooks': { summary: 'Webhook endpoints', access: 'admin', response: okWith({ endpoints: z.array(WebhookEndpoint) }) },
  'POST /api/webhooks': {
    summary: 'Add an endpoint; the answer holds its signing secret, shown only this once',
    access: 'admin',
    body: CreateWebhookRequest,
    response: okWith({ endpoint: WebhookEndpoint, secret: z.string() }),
  },
  'PATCH /api/webhooks/:id': {
    summary: 'Change the URL or events, or pause it',
    access: 'admin',
    params: UuidParams,
    body: UpdateWebhookRequest,
    response: OkResponse,
  },
  'DELETE /api/webhooks/:id': {
    summary: 'Remove an endpoint and its deliveries',
    access: 'admin',
    params: UuidParams,
    response: OkResponse,
  },
  'POST /api/webhooks/:id/ping': { summary: 'Send a test message', access: 'admin', params: UuidParams, response: OkResponse },
  'GET /api/webhooks/deliveries': {
    summary: 'The delivery log: attempts, status, last answer',
    access: 'admin',
    query: DeliveryQuery,
    response: okWith({ deliveries: z.array(WebhookDelivery), total: z.number(), page: z.number(), pageSize: z.number() }),
  },
  'POST /api/webhooks/deliveries/:id/retry': {
    summary: 'Send a failed delivery again',
    access: 'admin',
    params: UuidParams,
    response: OkResponse,
  },
} as const satisfies Record<string, RestRoute>;
