import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { stripedPng } from '../../support/png';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, request } from '../../support/test-server';

/**
 * The routes a customer reaches without an account (their screenshots, their rating) count each
 * request against the client's address: a loop or a token guesser is cut off, and a refused
 * request changes nothing.
 */
describe("limits on a customer's own session's requests", () => {
  const ctx = withTestServer(() => ({ customerGuard: { failures: 5 } }));

  it('refuses past the limit with when to try again, across both routes, and stores nothing it refused', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    const customer = ctx.track(await connectClient(ctx.server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Error dialog' });
    if (!created.ok) throw new Error(created.error.message);
    await request(engineer, 'session:claim', { sessionId: created.session.id });
    await request(customer, 'consent:respond', { granted: true });
    const png = stripedPng(64, 48).toString('base64');
    const taken = await api(`/api/sessions/${created.session.id}/screenshots`, { body: { png }, cookie: ada.cookie });
    expect(taken.status).toBe(201);
    const see = (customerToken = created.customerToken) =>
      fetch(`${ctx.server.url}/api/sessions/customer-screenshot`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerToken, screenshotId: taken.json.screenshot.id }),
      });

    // The fifth request within a minute is refused in this test; a wrong token counts as much as a right one.
    const statuses = [(await see('x'.repeat(32))).status];
    for (let i = 0; i < 4; i++) statuses.push((await see()).status);
    expect(statuses).toEqual([404, 200, 200, 200, 429]);
    const refused = await see();
    const { error } = (await refused.json()) as { error: { code: string; retryAfterSeconds: number } };
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBe(error.retryAfterSeconds);

    // The rating counts against the same address: refused, and not stored.
    await request(customer, 'session:end', {});
    const rated = await api('/api/sessions/rating', { body: { customerToken: created.customerToken, score: 5 } });
    expect(rated.status).toBe(429);
    expect(await ctx.server.store.sessions.get(created.session.id)).toMatchObject({ rating: null });
    const timeline = await ctx.server.store.sessions.timeline(created.session.id);
    expect(timeline.some((event) => event.payload.type === 'rating.given')).toBe(false);
    // The engineer's own routes are not a customer's: still open to them.
    expect((await api(`/api/sessions/${created.session.id}/screenshots`, { cookie: ada.cookie })).status).toBe(200);
  });
});
