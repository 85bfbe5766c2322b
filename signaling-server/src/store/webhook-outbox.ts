import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { WebhookBody } from '../../protocol';
import type { Database } from './database-schema';
import { oncePerTransaction } from './transaction-memo';

/**
 * The outbox: writes one delivery per subscribed endpoint inside the caller's transaction, so an
 * event is never reported without being stored, or stored without being reported. Store-internal:
 * the Store interface never hands out a transaction.
 */
export async function enqueueWebhook(trx: Kysely<Database>, body: WebhookBody, onlyEndpoint?: string): Promise<number> {
  const subscribed = (await activeEndpoints(trx, onlyEndpoint)).filter(
    (e) => body.type === 'ping' || (JSON.parse(e.events) as string[]).includes(body.type),
  );
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

const activeOnce = oncePerTransaction<Array<{ id: string; events: string }>>();

/** The active endpoints (or the one asked for), read once per transaction when all are wanted. */
function activeEndpoints(trx: Kysely<Database>, onlyEndpoint?: string) {
  const active = trx.selectFrom('webhook_endpoints').select(['id', 'events']).where('active', '=', 1);
  if (onlyEndpoint) return active.where('id', '=', onlyEndpoint).execute();
  return activeOnce(trx, 'all', () => active.execute());
}
