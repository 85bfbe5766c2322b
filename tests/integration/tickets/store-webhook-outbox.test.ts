import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../signaling-server/src/store/store';
import { backends } from '../../support/store-backends';

describe.each(backends)('webhook outbox on $name', (backend) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await backend.open());
  });
  afterEach(async () => dispose());

  it('queues a delivery per subscribed endpoint with each event, once for a retried event, never for chat', async () => {
    const notes = await store.webhooks.createEndpoint({ url: 'https://a.example/hook', events: ['note.added', 'ticket.created'] }, 1);
    await store.webhooks.createEndpoint({ url: 'https://b.example/hook', events: ['rating.given'] }, 1);
    const sessionId = randomUUID();
    await store.sessions.insert({
      id: sessionId,
      customerName: 'Lin',
      description: 'Printer',
      status: 'ended',
      engineerId: null,
      createdAt: 5,
      claimedAt: null,
      endedAt: 9,
      endReason: 'expired',
      customerTokenHash: randomUUID(),
    });
    const note = {
      id: randomUUID(),
      sessionId,
      at: 10,
      actor: { role: 'engineer' as const, name: 'Ada' },
      payload: { type: 'note.added' as const, text: 'Driver reinstalled' },
    };
    await store.sessions.appendEvent(note);
    await store.sessions.appendEvent(note);
    await store.sessions.appendEvent({ ...note, id: randomUUID(), payload: { type: 'chat.message', text: 'private words' } });
    await store.tickets.openForSession(sessionId, 20);

    const { deliveries, total } = await store.webhooks.listDeliveries({ page: 1, pageSize: 50 });
    expect(total).toBe(2);
    expect(deliveries.map((d) => d.eventType).sort()).toEqual(['note.added', 'ticket.created']);
    expect(deliveries.every((d) => d.endpointId === notes.endpoint.id && d.status === 'pending')).toBe(true);
    expect(JSON.stringify(deliveries)).not.toContain('private words');
  });

  it('leases a due delivery to one dispatcher only, and records attempts', async () => {
    const { endpoint } = await store.webhooks.createEndpoint({ url: 'https://a.example/hook', events: ['ticket.created'] }, 1);
    expect(await store.webhooks.ping(endpoint.id, 100)).toBe(1);
    const [due] = await store.webhooks.due(100, 10);
    expect(due).toMatchObject({ url: 'https://a.example/hook', attempts: 0 });
    const [again] = await store.webhooks.due(100, 10);
    expect(await store.webhooks.lease(due!.id, due!.leaseToken, 5000)).toBe(true);
    expect(await store.webhooks.lease(again!.id, again!.leaseToken, 5000)).toBe(false);
    expect(await store.webhooks.due(200, 10)).toEqual([]);
    await store.webhooks.recordAttempt(due!.id, { status: 'failed', nextAttemptAt: 300, httpStatus: 500, error: 'HTTP 500', at: 250 });
    expect(await store.webhooks.retry(due!.id, 400)).toBe(true);
    expect((await store.webhooks.due(400, 10)).map((d) => d.attempts)).toEqual([1]);
    expect(await store.webhooks.deleteEndpoint(endpoint.id)).toBe(true);
    expect((await store.webhooks.listDeliveries({ page: 1, pageSize: 10 })).total).toBe(0);
  });
});
