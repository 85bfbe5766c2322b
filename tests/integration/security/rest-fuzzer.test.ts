import { describe, expect, it } from 'vitest';
import { Failure, parseWith, restContract, splitRouteKey, type RestRoute } from '@firstline/protocol';
import { fieldsOf, hostileValue, prng } from '../../support/hostile-values';
import { httpClient } from '../../support/http-client';
import { backends } from '../../support/store-backends';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, createEngineer, finishedSession, login } from '../../support/test-server';

/** Ids a path parameter should never accept, or should only read with. */
const HOSTILE_IDS = [
  '0',
  '-1',
  '1.5',
  '1e309',
  '0x10',
  '١',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '__proto__',
  'constructor',
  'x'.repeat(3000),
  '%3Cscript%3E',
];

/** A query string of hostile values under the query's own keys, with repeats (key=a&key=b) and junk keys. */
function hostileQuery(random: () => number, keys: string[]): string {
  const params = new URLSearchParams();
  for (const key of [...keys, '__proto__', 'x'.repeat(200)]) {
    if (random() < 0.4) continue;
    const value = hostileValue(random, keys);
    for (let i = 0; i < (random() < 0.2 ? 3 : 1); i += 1)
      params.append(key, typeof value === 'string' ? value.slice(0, 1000) : (JSON.stringify(value)?.slice(0, 1000) ?? ''));
  }
  return params.toString();
}

describe.each(backends)('a fuzzer on the REST API, on $name', (backend) => {
  const ctx = withTestServer(() => ({}), backend);

  it('answers hostile bodies, queries and ids on every route with typed refusals, and changes nothing', { timeout: 120_000 }, async () => {
    const { server } = ctx;
    const api = httpClient(server.url);
    const admin = await login(server.url, ADMIN_EMAIL, server.adminPassword);
    const engineer = await createEngineer(server);
    const { sessionId, ticketId } = await finishedSession(server, ctx.track, engineer.cookie, 'Printer offline');
    const article = (
      await api('/api/knowledge/articles', {
        cookie: admin,
        body: { title: 'Printer', body: 'Turn it on.', tags: ['printer'], category: null, language: 'en' },
      })
    ).json.article;
    const webhook = (await api('/api/webhooks', { cookie: admin, body: { url: 'https://example.com/hook', events: ['ticket.escalated'] } }))
      .json.endpoint;
    // Real ids, so a refusal comes from the input's checks and not from "no such thing".
    const idFor = (path: string) =>
      path.startsWith('/api/tickets')
        ? String(ticketId)
        : path.startsWith('/api/sessions')
          ? sessionId
          : path.startsWith('/api/users')
            ? engineer.id
            : path.startsWith('/api/webhooks')
              ? webhook.id
              : article.id;

    const readable = [
      '/api/tickets',
      `/api/tickets/${ticketId}`,
      `/api/sessions/${sessionId}`,
      '/api/users',
      '/api/webhooks',
      `/api/knowledge/articles/${article.id}`,
      '/api/settings/security',
      '/api/knowledge/publishers',
    ];
    const snapshot = async () => JSON.stringify(await Promise.all(readable.map(async (path) => (await api(path, { cookie: admin })).json)));
    const before = await snapshot();

    const random = prng(20261204);
    const answers: Record<string, number> = {};
    const accepted: Array<{ label: string; valid: boolean }> = [];
    const check = async (key: string, route: RestRoute, method: string, path: string, body: unknown, query = '') => {
      const response = await api(query ? `${path}?${query}` : path, { method, body: method === 'GET' ? undefined : body, cookie: admin });
      const label = `${key} ${JSON.stringify(body)?.slice(0, 120)} ?${query.slice(0, 120)}`;
      answers[response.status] = (answers[response.status] ?? 0) + 1;
      expect(response.status, label).toBeLessThan(500);
      if (response.status >= 400)
        expect(Failure.strict().safeParse(response.json).success, `${label}: ${JSON.stringify(response.json)}`).toBe(true);
      else if (method !== 'GET') accepted.push({ label, valid: !route.body || parseWith(route.body, body, 'body').ok });
    };

    for (const [key, route] of Object.entries(restContract) as Array<[string, RestRoute]>) {
      const { method, path } = splitRouteKey(key);
      if (key === 'POST /api/auth/logout') continue; // needs nothing, takes nothing: it would only sign this fuzzer out
      const real = path.replace(':id', idFor(path));
      if (route.body) for (let i = 0; i < 25; i += 1) await check(key, route, method, real, hostileValue(random, fieldsOf(route.body)));
      if (route.query)
        for (let i = 0; i < 25; i += 1) await check(key, route, method, real, undefined, hostileQuery(random, fieldsOf(route.query)));
      if (route.params)
        for (const id of HOSTILE_IDS) await check(key, route, method, path.replace(':id', id), method === 'GET' ? undefined : {});
    }
    console.log(`[rest-fuzzer] answers by status: ${JSON.stringify(answers)}`);

    // Nothing hostile was taken, nothing changed, nothing was polluted, and the server still serves.
    // What was taken is what the contract takes: with this seed, a setting sent as it already was.
    expect(accepted.filter((a) => !a.valid)).toEqual([]);
    expect(accepted.map((a) => a.label)).toEqual(['PUT /api/settings/security {"requireTotp":false} ?']);
    expect(await snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await api(`/api/tickets/${ticketId}`, { cookie: admin })).status).toBe(200);
  });
});
