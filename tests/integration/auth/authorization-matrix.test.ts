import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientEvents, restContract, splitRouteKey, type ClientEventName, type RestRoute } from '@firstline/protocol';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, openActiveSession, sendRaw } from '../../support/test-server';

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
  'clipboard:record': { id: randomUUID(), chars: 5 },
  'file:record': { id: randomUUID(), name: 'a.txt', size: 1, outcome: 'declined' },
  'diagnostics:record': { sections: [], findings: [] },
  'session:end': {},
  'control:request': {},
  'control:respond': { granted: true },
  'control:end': { how: 'button' },
  'control:paused': {},
  'screenshot:delete': { screenshotId: randomUUID() },
  'session:resume': { sessionId: randomUUID() },
  'peer:restart': {},
  'colleagues:list': {},
  'colleague:invite': { engineerId: 'someone', mode: 'watch' },
  'invitation:answer': { sessionId: randomUUID(), accept: true },
  'colleague:respond': { granted: true },
  'watcher:remove': { engineerId: 'someone' },
  'watch:leave': {},
};

describe('authorisation, route by route and event by event', () => {
  const ctx = withTestServer();

  it('walks the REST contract: every staff route refuses anonymous callers, and admin routes refuse engineers', async () => {
    const api = httpClient(ctx.server.url);
    const { cookie } = await createEngineer(ctx.server);
    const contract = Object.entries(restContract) as Array<[string, RestRoute]>;
    // The server registers exactly the contract's routes (and a CORS preflight where the contract asks).
    const registered = ctx.server.app.routes
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.url}`);
    expect(registered.sort()).toEqual(contract.map(([key]) => key).sort());
    expect(contract.filter(([, route]) => route.access === 'admin').length).toBeGreaterThan(10);
    for (const [key, route] of contract) {
      if (route.access === 'anonymous') continue;
      const { method, path } = splitRouteKey(key);
      const body = method === 'GET' ? undefined : {};
      const anonymous = await api(concrete(path), { method, body });
      expect(anonymous.status, `${key} without a session`).toBe(401);
      expect(anonymous.json.error.code).toBe('unauthorized');
      const asEngineer = await api(concrete(path), { method, body, cookie });
      if (route.access === 'admin') expect(asEngineer.status, `${key} as an engineer`).toBe(403);
      else expect([401, 403], `${key} as an engineer`).not.toContain(asEngineer.status);
    }
  });

  it('lets an anonymous socket do nothing but ask for help', async () => {
    const { track, server } = ctx;
    for (const event of Object.keys(clientEvents) as ClientEventName[]) {
      const anonymous = track(await connectClient(server.url));
      const result = await sendRaw(anonymous, event, SAMPLE[event]);
      if (event === 'session:create') expect(result.ok, event).toBe(true);
      else
        expect(result, event).toMatchObject({
          ok: false,
          error: { code: expect.stringMatching(/^(forbidden|not_in_session|not_found)$/) },
        });
    }
  });

  it("keeps each side to its own role's actions inside a session", async () => {
    const { engineer, customer } = await openActiveSession(ctx.server, ctx.track);
    for (const event of [
      'consent:respond',
      'share:report',
      'control:respond',
      'control:paused',
      'control:end',
      'colleague:respond',
      'screenshot:delete',
    ] as const) {
      expect(await sendRaw(engineer, event, SAMPLE[event]), `engineer ${event}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const event of [
      'queue:watch',
      'session:claim',
      'control:request',
      'colleagues:list',
      'colleague:invite',
      'invitation:answer',
    ] as const) {
      expect(await sendRaw(customer, event, SAMPLE[event]), `customer ${event}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
