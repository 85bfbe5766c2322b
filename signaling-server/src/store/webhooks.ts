import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DeliveryQuery, WebhookDelivery, WebhookEndpoint, WebhookEventType } from '../../protocol';
import type { Database, WebhookDeliveriesTable, WebhookEndpointsTable } from './database-schema';
import type { WebhookRepo } from './store';
import { enqueueWebhook } from './webhook-outbox';

const toEndpoint = (row: Selectable<WebhookEndpointsTable>): WebhookEndpoint => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as WebhookEventType[],
  active: Boolean(row.active),
  createdAt: Number(row.created_at),
  secretHint: row.secret.slice(-4),
});

const toDelivery = (row: Selectable<WebhookDeliveriesTable> & { url: string }): WebhookDelivery => ({
  id: row.id,
  endpointId: row.endpoint_id,
  url: row.url,
  eventType: row.event_type,
  status: row.status,
  attempts: Number(row.attempts),
  nextAttemptAt: Number(row.next_attempt_at),
  lastStatus: row.last_status === null ? null : Number(row.last_status),
  lastError: row.last_error,
  createdAt: Number(row.created_at),
  deliveredAt: row.delivered_at === null ? null : Number(row.delivered_at),
  payload: JSON.parse(row.payload) as Record<string, unknown>,
});

/** Webhook endpoints and the delivery outbox, in the same database as the events they report. */
export function createWebhookRepo(db: Kysely<Database>): WebhookRepo {
  return {
    async createEndpoint(input, now) {
      const row = {
        id: randomUUID(),
        url: input.url,
        secret: `whsec_${randomBytes(24).toString('base64url')}`,
        events: JSON.stringify(input.events),
        active: 1,
        created_at: now,
      };
      await db.insertInto('webhook_endpoints').values(row).execute();
      return { endpoint: toEndpoint(row), secret: row.secret };
    },
    async listEndpoints() {
      return (await db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at').execute()).map(toEndpoint);
    },
    async updateEndpoint(id, patch) {
      const result = await db
        .updateTable('webhook_endpoints')
        .set({
          ...(patch.url !== undefined && { url: patch.url }),
          ...(patch.events !== undefined && { events: JSON.stringify([...new Set(patch.events)]) }),
          ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async deleteEndpoint(id) {
      await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
      const result = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    ping: (id, now) => enqueueWebhook(db, { id: randomUUID(), type: 'ping', createdAt: now, data: { endpointId: id } }, id),
    async due(now, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
        .select([
          'webhook_deliveries.id',
          'webhook_deliveries.payload',
          'webhook_deliveries.attempts',
          'webhook_deliveries.next_attempt_at',
          'webhook_endpoints.url',
          'webhook_endpoints.secret',
        ])
        .where('webhook_deliveries.status', '=', 'pending')
        .where('webhook_deliveries.next_attempt_at', '<=', now)
        .orderBy('webhook_deliveries.next_attempt_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        body: r.payload,
        attempts: Number(r.attempts),
        leaseToken: Number(r.next_attempt_at),
        url: r.url,
        secret: r.secret,
      }));
    },
    async lease(id, leaseToken, until) {
      // Only one process wins a delivery: the one whose update still sees the time it read.
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: until })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '=', leaseToken)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async recordAttempt(id, outcome) {
      await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          status: outcome.status,
          next_attempt_at: outcome.nextAttemptAt,
          last_status: outcome.httpStatus,
          last_error: outcome.error,
          delivered_at: outcome.status === 'delivered' ? outcome.at : null,
        }))
        .where('id', '=', id)
        .execute();
    },
    async retry(id, now) {
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ status: 'pending', next_attempt_at: now })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async listDeliveries(query: DeliveryQuery) {
      // One filter for the page and its count.
      const matching = () => {
        let q = db.selectFrom('webhook_deliveries');
        if (query.endpoint) q = q.where('webhook_deliveries.endpoint_id', '=', query.endpoint);
        if (query.status) q = q.where('webhook_deliveries.status', '=', query.status);
        return q;
      };
      const rows = await matching()
        .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
        .selectAll('webhook_deliveries')
        .select('webhook_endpoints.url')
        .orderBy('webhook_deliveries.created_at', 'desc')
        .orderBy('webhook_deliveries.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      const count = await matching()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { deliveries: rows.map(toDelivery), total: Number(count.n) };
    },
  };
}
