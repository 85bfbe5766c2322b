import { describe, expect, it } from 'vitest';
import type { WebhookBody } from '@firstline/protocol';
import { verifyWebhook } from '../../../signaling-server/src/webhooks/webhook-signature';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, connectClient, createEngineer, login, request, type TestClient, type TestServer } from '../../support/test-server';
import { startWebhookReceiver } from '../../support/webhook-receiver';

export const FAST_DISPATCH = { pollMs: 20, baseBackoffMs: 40, maxBackoffMs: 200, maxAttempts: 4, timeoutMs: 2000 };

async function helpSession(server: TestServer, track: (c: TestClient) => TestClient, engineerCookie: string) {
  const engineer = track(await connectClient(server.url, engineerCookie));
  const customer = track(await connectClient(server.url));
  const created = await request(customer, 'session:create', {
    customerName: 'Lin Chen',
    customerEmail: 'lin@example.com',
    description: 'Printer offline',
  });
  if (!created.ok) throw new Error('create failed');
  await request(engineer, 'session:claim', { code: created.code });
  await request(customer, 'consent:respond', { granted: true, permissions: ['chat'] });
  await request(engineer, 'session:end', {});
  return created.session.id;
}

describe('signed webhooks', () => {
  const ctx = withTestServer(() => ({ webhookDispatch: FAST_DISPATCH }));

  it('POSTs signed session and ticket events to a real receiver, retrying with backoff until it answers 2xx', async () => {
    const receiver = await startWebhookReceiver([500, 503]);
    try {
      const api = httpClient(ctx.server.url);
      const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
      const created = await api('/api/webhooks', {
        cookie: admin,
        body: { url: receiver.url, events: ['session.claimed', 'session.ended', 'ticket.created'] },
      });
      expect(created.status).toBe(200);
      const secret: string = created.json.secret;
      expect(secret).toMatch(/^whsec_/);
      expect((await api('/api/webhooks', { cookie: admin })).json.endpoints).toEqual([
        expect.objectContaining({ url: receiver.url, secretHint: secret.slice(-4), active: true }),
      ]);
      expect(JSON.stringify((await api('/api/webhooks', { cookie: admin })).json)).not.toContain(secret);

      const ada = await createEngineer(ctx.server, 'Ada');
      const sessionId = await helpSession(ctx.server, ctx.track, ada.cookie);

      // Three events, the first two answered 500 and 503: five requests in all.
      await expect.poll(() => receiver.received.filter((r) => r.answeredWith === 200).length, { timeout: 10_000 }).toBe(3);
      const bodies = receiver.received.map((r) => JSON.parse(r.body) as WebhookBody);
      expect(new Set(bodies.filter((_, i) => receiver.received[i]!.answeredWith === 200).map((b) => b.type))).toEqual(
        new Set(['session.claimed', 'session.ended', 'ticket.created']),
      );
      // A retry carries the same event id; every request is signed with the endpoint's secret and dated.
      const retried = bodies.filter((b) => b.id === bodies[0]!.id);
      expect(retried.length).toBeGreaterThan(1);
      for (const r of receiver.received) {
        expect(verifyWebhook(secret, r.body, String(r.headers['x-firstline-signature']), Math.floor(Date.now() / 1000))).toBe(true);
        expect(verifyWebhook('whsec_wrong', r.body, String(r.headers['x-firstline-signature']), Math.floor(Date.now() / 1000))).toBe(false);
        expect(r.headers['x-firstline-event']).toBe((JSON.parse(r.body) as WebhookBody).type);
      }
      const ticketCreated = bodies.find((b) => b.type === 'ticket.created')!;
      expect(ticketCreated.data).toMatchObject({ sessionId, subject: 'Printer offline', customerEmail: 'lin@example.com' });

      const log = (await api('/api/webhooks/deliveries', { cookie: admin })).json;
      expect(log.total).toBe(3);
      expect(log.deliveries.every((d: { status: string; lastStatus: number }) => d.status === 'delivered' && d.lastStatus === 200)).toBe(
        true,
      );
      // Two failed answers mean two extra attempts, on whichever deliveries met them.
      expect(log.deliveries.reduce((sum: number, d: { attempts: number }) => sum + d.attempts, 0)).toBe(5);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the last attempt, shows why, and an admin can send it again', async () => {
    const dead = await startWebhookReceiver();
    const deadUrl = dead.url;
    await dead.close();
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const endpoint = (await api('/api/webhooks', { cookie: admin, body: { url: deadUrl, events: ['ticket.created'] } })).json.endpoint;
    expect((await api(`/api/webhooks/${endpoint.id}/ping`, { cookie: admin, method: 'POST' })).status).toBe(200);

    await expect
      .poll(async () => (await api('/api/webhooks/deliveries?status=failed', { cookie: admin })).json.total, { timeout: 10_000 })
      .toBe(1);
    const [failed] = (await api('/api/webhooks/deliveries?status=failed', { cookie: admin })).json.deliveries;
    expect(failed).toMatchObject({
      eventType: 'ping',
      attempts: FAST_DISPATCH.maxAttempts,
      lastStatus: null,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });

    const receiver = await startWebhookReceiver();
    try {
      expect((await api(`/api/webhooks/${endpoint.id}`, { cookie: admin, method: 'PATCH', body: { url: receiver.url } })).status).toBe(200);
      expect((await api(`/api/webhooks/deliveries/${failed.id}/retry`, { cookie: admin, method: 'POST' })).status).toBe(200);
      await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(1);
      expect((await api(`/api/webhooks/deliveries/${failed.id}/retry`, { cookie: admin, method: 'POST' })).status).toBe(404);
      // Paused endpoints get nothing.
      await api(`/api/webhooks/${endpoint.id}`, { cookie: admin, method: 'PATCH', body: { active: false } });
      expect((await api(`/api/webhooks/${endpoint.id}/ping`, { cookie: admin, method: 'POST' })).status).toBe(404);
    } finally {
      await receiver.close();
    }
  });

  it('refuses bad endpoints and everyone but admins', async () => {
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bad = [
      { url: 'ftp://example.com/hook', events: ['ticket.created'] },
      { url: 'not a url', events: ['ticket.created'] },
      { url: 'https://example.com/hook', events: [] },
      { url: 'https://example.com/hook', events: ['chat.message'] },
    ];
    for (const body of bad) expect((await api('/api/webhooks', { cookie: admin, body })).status).toBe(400);
    expect((await api('/api/webhooks', { cookie: admin })).json.endpoints).toEqual([]);
    expect((await api('/api/webhooks', { cookie: ada.cookie })).status).toBe(403);
    expect((await api('/api/webhooks/deliveries', { cookie: ada.cookie })).status).toBe(403);
    expect((await api('/api/webhooks', { body: { url: 'https://example.com/hook', events: ['ticket.created'] } })).status).toBe(401);
  });
});
