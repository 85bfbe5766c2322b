import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientEvents, type ClientEventName } from '@firstline/protocol';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, openActiveSession, sendRaw } from '../../support/test-server';

/** Routes anyone may call; every other /api route needs a signed-in member of staff. */
const PUBLIC = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/sessions/rating', 'OPTIONS /api/sessions/rating', 'GET /api/docs']);
/** Routes only admins may call. */
const ADMIN_ONLY = new Set([
  'GET /api/users',
  'POST /api/users',
  'PATCH /api/users/:id',
  'POST /api/users/:id/reset-password',
  'GET /api/settings/security',
  'PUT /api/settings/security',
  'GET /api/reports',
  'GET /api/webhooks',
  'POST /api/webhooks',
  'PATCH /api/webhooks/:id',
  'DELETE /api/webhooks/:id',
  'POST /api/webhooks/:id/ping',
  'GET /api/webhooks/deliveries',
  'POST /api/webhooks/deliveries/:id/retry',
]);

const concrete = (url: string) => url.replace(':id', url.includes('tickets') ? '1' : randomUUID());

/** A valid payload for each socket event, so only authorisation can refuse it. */
const SAMPLE: Record<ClientEventName, unknown> = {
  'session:create': { customerName: 'A', description: 'B' },
  'queue:watch': {},
  'session:claim': { code: '123456789' },
  'consent:respond': { granted: true, permissions: ['screen'] },
  'signal:relay': { data: { type: 'offer', sdp: 'v=0' } },
  'share:report': { sharing: true },
  'chat:record': { id: randomUUID(), text: 'hi', sentAt: 1 },
  'diagnostics:record': { sections: [], findings: [] },
  'session:end': {},
  'session:resume': { sessionId: randomUUID() },
};

describe('authorisation, route by route and event by event', () => {
  const ctx = withTestServer();

  it('refuses every non-public REST route without a session, and admin routes to engineers', async () => {
    const api = httpClient(ctx.server.url);
    const { cookie } = await createEngineer(ctx.server);
    const apiRoutes = ctx.server.app.routes.filter((r) => r.url.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThan(10);
    for (const route of apiRoutes) {
      const key = `${route.method} ${route.url}`;
      if (PUBLIC.has(key)) continue;
      const body = route.method === 'GET' ? undefined : {};
      const anonymous = await api(concrete(route.url), { method: route.method, body });
      expect(anonymous.status, `${key} without a session`).toBe(401);
      expect(anonymous.json.error.code).toBe('unauthorized');
      const asEngineer = await api(concrete(route.url), { method: route.method, body, cookie });
      if (ADMIN_ONLY.has(key)) expect(asEngineer.status, `${key} as an engineer`).toBe(403);
      else expect([401, 403], `${key} as an engineer`).not.toContain(asEngineer.status);
    }
    for (const key of ADMIN_ONLY) expect(apiRoutes.map((r) => `${r.method} ${r.url}`)).toContain(key);
  });

  it('lets an anonymous socket do nothing but ask for help', async () => {
    const { track, server } = ctx;
    for (const event of Object.keys(clientEvents) as ClientEventName[]) {
      const anonymous = track(await connectClient(server.url));
      const result = await sendRaw(anonymous, event, SAMPLE[event]);
      if (event === 'session:create') expect(result.ok, event).toBe(true);
      else expect(result, event).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(forbidden|not_in_session|not_found)$/) } });
    }
  });

  it("keeps each side to its own role's actions inside a session", async () => {
    const { engineer, customer } = await openActiveSession(ctx.server, ctx.track);
    for (const event of ['consent:respond', 'share:report'] as const) {
      expect(await sendRaw(engineer, event, SAMPLE[event]), `engineer ${event}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const event of ['queue:watch', 'session:claim'] as const) {
      expect(await sendRaw(customer, event, SAMPLE[event]), `customer ${event}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
