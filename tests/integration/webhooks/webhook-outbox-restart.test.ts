import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WebhookBody } from '@firstline/protocol';
import { httpClient } from '../../support/http-client';
import { ADMIN_EMAIL, connectClient, createEngineer, login, request, startTestServer } from '../../support/test-server';
import { startWebhookReceiver } from '../../support/webhook-receiver';

describe('the webhook outbox', () => {
  it('keeps deliveries a stopped server had not sent, and the next server sends them, once each', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'firstline-outbox-'));
    const receiver = await startWebhookReceiver();
    try {
      // The first server never gets to send: its dispatcher polls only once an hour.
      const first = await startTestServer({ webhookDispatch: { pollMs: 3_600_000 } }, { dataDir, keepData: true });
      const admin = await login(first.url, ADMIN_EMAIL, first.adminPassword);
      await httpClient(first.url)('/api/webhooks', {
        cookie: admin,
        body: { url: receiver.url, events: ['session.created', 'session.ended', 'ticket.created'] },
      });
      const customer = await connectClient(first.url);
      const engineer = await connectClient(first.url, (await createEngineer(first)).cookie);
      const created = await request(customer, 'session:create', { customerName: 'Lin', description: 'Wi-Fi keeps dropping' });
      if (!created.ok) throw new Error('create failed');
      // Taken by an engineer, so the session is filed in a ticket when it ends.
      await request(engineer, 'session:claim', { code: created.code });
      await request(customer, 'session:end', {});
      customer.disconnect();
      engineer.disconnect();
      await first.close();
      expect(receiver.received).toEqual([]);

      const second = await startTestServer({ webhookDispatch: { pollMs: 20 } }, { dataDir });
      try {
        await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(3);
        const types = receiver.received.map((r) => (JSON.parse(r.body) as WebhookBody).type).sort();
        expect(types).toEqual(['session.created', 'session.ended', 'ticket.created']);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(receiver.received).toHaveLength(3);
      } finally {
        await second.close();
      }
    } finally {
      await receiver.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
