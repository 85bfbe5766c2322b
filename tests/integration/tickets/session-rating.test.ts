import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { openActiveSession, request } from '../../support/test-server';

describe('the customer rates the session', () => {
  const ctx = withTestServer();

  it('once, after it ends, with the session token; the rating lands on the session and its timeline', async () => {
    const api = httpClient(ctx.server.url);
    const { customer, created } = await openActiveSession(ctx.server, ctx.track);
    if (!created.ok) throw new Error('create failed');
    const rate = (body: unknown) => api('/api/sessions/rating', { body });

    expect((await rate({ customerToken: created.customerToken, score: 5 })).json.error.code).toBe('invalid_state');
    await request(customer, 'session:end', {});
    expect((await rate({ customerToken: created.customerToken, score: 6 })).status).toBe(400);
    expect((await rate({ customerToken: 'x'.repeat(32), score: 5 })).status).toBe(404);
    const ok = await rate({ customerToken: created.customerToken, score: 4, comment: '  Quick and kind  ' });
    expect(ok.status).toBe(200);
    expect((await rate({ customerToken: created.customerToken, score: 1 })).json.error).toEqual({
      code: 'invalid_state',
      message: 'This session has already been rated',
    });

    expect(await ctx.server.store.sessions.get(created.session.id)).toMatchObject({ rating: 4, ratingComment: 'Quick and kind' });
    const timeline = await ctx.server.store.sessions.timeline(created.session.id);
    expect(timeline.at(-1)?.payload).toEqual({ type: 'rating.given', score: 4, comment: 'Quick and kind' });
    const preflight = await fetch(`${ctx.server.url}/api/sessions/rating`, { method: 'OPTIONS', headers: { origin: 'app://firstline' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});
