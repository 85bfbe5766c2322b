import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { WebhookBody } from '../../protocol';
import type { Database } from './database-schema';

/**
 * The outbox: writes one delivery per subscribed endpoint inside the caller's transaction, so an
 * event is never reported without being stored, or stored without being reported. Store-internal:
 * the Store interface never hands out a transaction.
 */
export async function enqueueWebhook(trx: Kysely<Database>, body: WebhookBody, onlyEndpoint?: string): Promise<number> {
  const active = onlyEndpoint
    ? await trx.selectFrom('webhook_endpoints').select(['id', 'events']).where('active', '=', 1).where('id', '=', onlyEndpoint).execute()
    : await activeEndpoints(trx);
  const subscribed = active.filter((e) => body.type === 'ping' || (JSON.parse(e.events) as string[]).includes(body.type));
  if (subscribed.length === 0) return 0;
  const payload = JSON.stringify(body);
  await trx
    .insertInto('webhook_deliveries')
    .values(
      subscribed.map((e) => ({
        id: randomUUID(),
        endpoint_id: e.id,
        event_type: body.type,
        payload,
        status: 'pending' as const,
        attempts: 0,
        next_attempt_at: body.createdAt,
        last_status: null,
        last_error: null,
        created_at: body.createdAt,
        delivered_at: null,
      })),
    )
    .execute();
  return subscribed.length;
}

type ActiveEndpoint = { id: string; events: string };
const readInTransaction = new WeakMap<object, Promise<ActiveEndpoint[]>>();

/**
 * The active endpoints, read once per transaction: a group commit writes the events of many
 * sessions in one transaction, and endpoints are only ever changed in transactions of their own.
 */
function activeEndpoints(trx: Kysely<Database>): Promise<ActiveEndpoint[]> {
  const read = () => trx.selectFrom('webhook_endpoints').select(['id', 'events']).where('active', '=', 1).execute();
  if (!trx.isTransaction) return read();
  let endpoints = readInTransaction.get(trx);
  if (!endpoints) readInTransaction.set(trx, (endpoints = read()));
  return endpoints;
}
