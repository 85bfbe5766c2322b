import type { Logger } from 'pino';
import type { DueDelivery, WebhookRepo } from '../store/store';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';

export interface DispatcherOptions {
  /** How often to look for due deliveries. */
  pollMs: number;
  /** The wait before the first retry; it doubles each time, up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** After this many attempts a delivery is marked failed (an admin can send it again). */
  maxAttempts: number;
  timeoutMs: number;
}

export const DEFAULT_DISPATCH: DispatcherOptions = {
  pollMs: 1000,
  baseBackoffMs: 10_000,
  maxBackoffMs: 3_600_000,
  maxAttempts: 8,
  timeoutMs: 10_000,
};

/** The wait before attempt n+1 after n failures: doubling, capped, with ±20% jitter so retries spread out. */
export function backoffMs(
  failures: number,
  options: Pick<DispatcherOptions, 'baseBackoffMs' | 'maxBackoffMs'>,
  random = Math.random,
): number {
  const exact = Math.min(options.baseBackoffMs * 2 ** (failures - 1), options.maxBackoffMs);
  return Math.round(exact * (0.8 + 0.4 * random()));
}

/**
 * Sends the outbox: polls for due deliveries, leases each (so two processes never both send it),
 * POSTs the signed body, and records the outcome. A process that dies mid-send leaves the lease
 * to expire, and the delivery is sent again: at least once, with the same event id.
 */
export function startWebhookDispatcher(deps: {
  webhooks: WebhookRepo;
  log: Logger;
  now: () => number;
  options?: Partial<DispatcherOptions>;
}) {
  const options = { ...DEFAULT_DISPATCH, ...deps.options };
  const log = deps.log.child({ component: 'webhooks' });
  let running: Promise<void> | null = null;
  let stopped = false;

  async function send(delivery: DueDelivery): Promise<void> {
    const sentAt = deps.now();
    let httpStatus: number | null = null;
    let error: string | null = null;
    try {
      const body = JSON.parse(delivery.body) as { id: string; type: string };
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Firstline-Webhooks/1',
          'x-firstline-event': body.type,
          'x-firstline-event-id': body.id,
          'x-firstline-delivery': delivery.id,
          [SIGNATURE_HEADER]: signWebhook(delivery.secret, delivery.body, Math.floor(sentAt / 1000)),
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      httpStatus = response.status;
      await response.body?.cancel();
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (cause) {
      error = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    }
    const attempts = delivery.attempts + 1;
    const at = deps.now();
    if (error === null) {
      await deps.webhooks.recordAttempt(delivery.id, { status: 'delivered', nextAttemptAt: at, httpStatus, error, at });
      return;
    }
    const gaveUp = attempts >= options.maxAttempts;
    await deps.webhooks.recordAttempt(delivery.id, {
      status: gaveUp ? 'failed' : 'pending',
      nextAttemptAt: at + backoffMs(attempts, options),
      httpStatus,
      error: error.slice(0, 500),
      at,
    });
    log.warn({ delivery: delivery.id, url: delivery.url, attempts, error, gaveUp }, 'webhook delivery failed');
  }

  async function tick(): Promise<void> {
    const due = await deps.webhooks.due(deps.now(), 20);
    await Promise.all(
      due.map(async (delivery) => {
        if (await deps.webhooks.lease(delivery.id, delivery.leaseToken, deps.now() + options.timeoutMs * 2)) await send(delivery);
      }),
    );
  }

  const timer = setInterval(() => {
    if (running || stopped) return;
    running = tick()
      .catch((error: unknown) => log.error({ err: error }, 'webhook dispatch failed'))
      .finally(() => (running = null));
  }, options.pollMs);
  timer.unref();

  return {
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
