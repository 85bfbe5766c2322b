import { z } from 'zod';
import { OkResponse, okWith, UuidParams, type RestRoute } from './rest-route';
import { CreateWebhookRequest, DeliveryQuery, UpdateWebhookRequest, WebhookDelivery, WebhookEndpoint } from './webhooks';

/** Admins configure webhook endpoints and read the delivery log. */
export const webhookRoutes = {
  'GET /api/webhooks': { summary: 'Webhook endpoints', access: 'admin', response: okWith({ endpoints: z.array(WebhookEndpoint) }) },
  'POST /api/webhooks': {
    summary: 'Add an endpoint; the answer holds its signing secret, shown only this once',
    access: 'admin',
    audit: { action: 'webhook.created', target: { kind: 'webhook', from: 'answer' }, details: ['url', 'events'] },
    body: CreateWebhookRequest,
    response: okWith({ endpoint: WebhookEndpoint, secret: z.string() }),
  },
  'PATCH /api/webhooks/:id': {
    summary: 'Change the URL or events, or pause it',
    access: 'admin',
    audit: { action: 'webhook.updated', target: { kind: 'webhook', from: 'params' }, details: ['url', 'events', 'active'] },
    params: UuidParams,
    body: UpdateWebhookRequest,
    response: OkResponse,
  },
  'DELETE /api/webhooks/:id': {
    summary: 'Remove an endpoint and its deliveries',
    access: 'admin',
    audit: { action: 'webhook.deleted', target: { kind: 'webhook', from: 'params' } },
    params: UuidParams,
    response: OkResponse,
  },
  'POST /api/webhooks/:id/ping': {
    summary: 'Send a test message',
    access: 'admin',
    audit: { action: 'webhook.pinged', target: { kind: 'webhook', from: 'params' } },
    params: UuidParams,
    response: OkResponse,
  },
  'GET /api/webhooks/deliveries': {
    summary: 'The delivery log: attempts, status, last answer',
    access: 'admin',
    query: DeliveryQuery,
    response: okWith({ deliveries: z.array(WebhookDelivery), total: z.number(), page: z.number(), pageSize: z.number() }),
  },
  'POST /api/webhooks/deliveries/:id/retry': {
    summary: 'Send a failed delivery again',
    access: 'admin',
    audit: { action: 'webhook.delivery_retried', target: { kind: 'delivery', from: 'params' } },
    params: UuidParams,
    response: OkResponse,
  },
} as const satisfies Record<string, RestRoute>;
