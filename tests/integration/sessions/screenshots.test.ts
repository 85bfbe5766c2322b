import { describe, expect, it } from 'vitest';
import { SCREENSHOTS_PER_SESSION } from '@firstline/protocol';
import { httpClient } from '../../support/http-client';
import { stripedPng } from '../../support/png';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import { ADMIN_EMAIL, connectClient, createEngineer, login, nextEvent, request } from '../../support/test-server';

/** Screenshots an engineer keeps with the session: only theirs, only while shared, only PNG, on the timeline. */
describe.each(backends)('screenshots of the shared screen, on $name', (backend) => {
  const ctx = withTestServer(undefined, backend.name === 'SQLite' ? undefined : backend);

  async function sessionWith(cookie: string, consent = true) {
    const engineer = ctx.track(await connectClient(ctx.server.url, cookie));
    const customer = ctx.track(await connectClient(ctx.server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Error dialog' });
    if (!created.ok) throw new Error(created.error.message);
    await request(engineer, 'session:claim', { sessionId: created.session.id });
    if (consent) await request(customer, 'consent:respond', { granted: true });
    return { engineer, customer, sessionId: created.session.id, customerToken: created.customerToken };
  }

  it('keeps the PNG with the session, on its timeline, served back byte for byte as an image only', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const { engineer, customer, sessionId } = await sessionWith(ada.cookie);
    const png = stripedPng(1920, 1080);
    const told = nextEvent(customer, 'session:screenshot');

    const taken = await api(`/api/sessions/${sessionId}/screenshots`, { body: { png: png.toString('base64') }, cookie: ada.cookie });
    expect(taken.status).toBe(201);
    expect(taken.json.screenshot).toMatchObject({ sessionId, width: 1920, height: 1080, bytes: png.length });
    const id = taken.json.screenshot.id as string;
    // The server tells the customer, whatever the engineer's console does.
    expect(await told).toEqual({ screenshotId: taken.json.screenshot.id, takenAt: taken.json.screenshot.takenAt, keptDays: null });

    const served = await fetch(`${ctx.server.url}/api/sessions/${sessionId}/screenshots/${id}`, { headers: { cookie: ada.cookie } });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-disposition')).toMatch(/^inline; filename="firstline-screenshot-.+\.png"$/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    // Not kept by the browser: once deleted, it is gone from every console too.
    expect(served.headers.get('cache-control')).toBe('private, no-store');

    const listed = await api(`/api/sessions/${sessionId}/screenshots`, { cookie: ada.cookie });
    expect(listed.json.screenshots).toEqual([taken.json.screenshot]);
    const timeline = await ctx.server.store.sessions.timeline(sessionId);
    expect(timeline.at(-1)).toMatchObject({
      actor: { role: 'engineer', name: 'Ada' },
      payload: { type: 'screenshot.taken', screenshotId: id, width: 1920, height: 1080 },
    });

    // After the session, in the ticket: the engineer and an admin still see it.
    await request(engineer, 'session:end', {});
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    expect((await api(`/api/sessions/${sessionId}/screenshots`, { cookie: admin })).json.screenshots).toHaveLength(1);
    const byAdmin = await fetch(`${ctx.server.url}/api/sessions/${sessionId}/screenshots/${id}`, { headers: { cookie: admin } });
    expect(byAdmin.status).toBe(200);
    // But no more are taken once it has ended.
    const late = await api(`/api/sessions/${sessionId}/screenshots`, { body: { png: png.toString('base64') }, cookie: ada.cookie });
    expect(late.json.error).toMatchObject({ code: 'invalid_state', rule: 'session_not_active' });

    // Deleted for good by an admin (not by the engineer); the timeline keeps that it was, and by whom.
    const remove = (cookie: string) => api(`/api/sessions/${sessionId}/screenshots/${id}`, { method: 'DELETE', cookie });
    expect((await remove(ada.cookie)).status).toBe(403);
    expect((await remove(admin)).json).toEqual({ ok: true });
    expect((await remove(admin)).status).toBe(404);
    const gone = await fetch(`${ctx.server.url}/api/sessions/${sessionId}/screenshots/${id}`, { headers: { cookie: ada.cookie } });
    expect(gone.status).toBe(404);
    expect((await api(`/api/sessions/${sessionId}/screenshots`, { cookie: ada.cookie })).json.screenshots).toEqual([]);
    expect((await ctx.server.store.sessions.timeline(sessionId)).at(-1)).toMatchObject({
      actor: { role: 'admin' },
      payload: { type: 'screenshot.deleted', screenshotId: id },
    });
  });

  it('refuses anyone but the engineer in the session, before consent, and anything that is not a whole PNG, storing nothing', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bob = await createEngineer(ctx.server, 'Bob');
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const { sessionId } = await sessionWith(ada.cookie);
    const png = stripedPng(64, 48);
    const send = (body: unknown, cookie?: string) => api(`/api/sessions/${sessionId}/screenshots`, { body, cookie });

    expect((await send({ png: png.toString('base64') })).status).toBe(401);
    expect((await send({ png: png.toString('base64') }, bob.cookie)).json.error.code).toBe('not_found');
    expect((await send({ png: png.toString('base64') }, admin)).json.error.code).toBe('not_found');
    const refusals = [
      { png: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64') },
      { png: Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(60)]).toString('base64') },
      { png: png.subarray(0, png.length - 20).toString('base64') },
      { png: stripedPng(5000, 2).toString('base64') },
      { png: 'not base64!' },
      { png: 42 },
      {},
    ];
    for (const body of refusals) {
      const refused = await send(body, ada.cookie);
      expect(refused.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(refused.json.error.code).toBe('invalid_payload');
    }
    // Larger than the route takes: refused before it is read whole.
    expect((await send({ png: 'A'.repeat(9 * 1024 * 1024) }, ada.cookie)).status).toBe(413);
    const other = await sessionWith(ada.cookie, false);
    const early = await api(`/api/sessions/${other.sessionId}/screenshots`, { body: { png: png.toString('base64') }, cookie: ada.cookie });
    expect(early.json.error).toMatchObject({ code: 'invalid_state', rule: 'session_not_active' });

    expect((await api(`/api/sessions/${sessionId}/screenshots`, { cookie: ada.cookie })).json.screenshots).toEqual([]);
    expect((await api(`/api/sessions/${sessionId}/screenshots`, { cookie: bob.cookie })).json.error.code).toBe('forbidden');
    const timeline = await ctx.server.store.sessions.timeline(sessionId);
    expect(timeline.some((e) => e.payload.type === 'screenshot.taken')).toBe(false);
    // One session's screenshot is not served under another's id.
    const kept = await send({ png: png.toString('base64') }, ada.cookie);
    const crossed = await fetch(`${ctx.server.url}/api/sessions/${other.sessionId}/screenshots/${kept.json.screenshot.id}`, {
      headers: { cookie: ada.cookie },
    });
    expect(crossed.status).toBe(404);
    // A session keeps at most 50.
    for (let i = 1; i < SCREENSHOTS_PER_SESSION; i += 1) expect((await send({ png: png.toString('base64') }, ada.cookie)).status).toBe(201);
    expect((await send({ png: png.toString('base64') }, ada.cookie)).json.error).toMatchObject({
      code: 'invalid_state',
      rule: 'screenshot_limit',
    });
    expect((await api(`/api/sessions/${sessionId}/screenshots`, { cookie: ada.cookie })).json.screenshots).toHaveLength(
      SCREENSHOTS_PER_SESSION,
    );
  });

  it('keeps at most 50 however many are taken at once: each is counted and stored in one step', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const { sessionId } = await sessionWith(ada.cookie);
    const png = stripedPng(64, 36).toString('base64');
    // A double click, a held key or a script: all at the same moment.
    const answers = await Promise.all(
      Array.from({ length: SCREENSHOTS_PER_SESSION + 10 }, () =>
        api(`/api/sessions/${sessionId}/screenshots`, { body: { png }, cookie: ada.cookie }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(SCREENSHOTS_PER_SESSION);
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expect(refused.json.error).toMatchObject({ code: 'invalid_state', rule: 'screenshot_limit' });
    }
    expect(await ctx.server.store.screenshots.list(sessionId)).toHaveLength(SCREENSHOTS_PER_SESSION);
    // Every kept one is on the timeline, and no refused one is.
    const taken = (await ctx.server.store.sessions.timeline(sessionId)).filter((e) => e.payload.type === 'screenshot.taken');
    expect(taken).toHaveLength(SCREENSHOTS_PER_SESSION);
  });

  it("shows the customer a screenshot of their own screen, by the session's token, while the session lasts", async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const { engineer, sessionId, customerToken } = await sessionWith(ada.cookie);
    const other = await sessionWith(ada.cookie);
    const png = stripedPng(320, 180);
    const taken = await api(`/api/sessions/${sessionId}/screenshots`, { body: { png: png.toString('base64') }, cookie: ada.cookie });
    const elsewhere = await api(`/api/sessions/${other.sessionId}/screenshots`, {
      body: { png: png.toString('base64') },
      cookie: ada.cookie,
    });
    const see = (body: unknown) =>
      fetch(`${ctx.server.url}/api/sessions/customer-screenshot`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const seen = await see({ customerToken, screenshotId: taken.json.screenshot.id });
    expect(seen.status).toBe(200);
    expect(Buffer.from(await seen.arrayBuffer()).equals(png)).toBe(true);
    expect(seen.headers.get('content-type')).toBe('image/png');
    expect(seen.headers.get('cache-control')).toBe('private, no-store');
    // Another session's screenshot, a made-up token, or a token of the right length that is no one's: not found.
    for (const body of [
      { customerToken, screenshotId: elsewhere.json.screenshot.id },
      { customerToken: other.customerToken, screenshotId: taken.json.screenshot.id },
      { customerToken: 'x'.repeat(32), screenshotId: taken.json.screenshot.id },
    ]) {
      const refused = await see(body);
      expect(refused.status).toBe(404);
      expect((await refused.json()).error.code).toBe('not_found');
    }
    // Not a token or not an id: the field is named, and nothing else is said.
    for (const [body, field] of [
      [{ customerToken: 'short', screenshotId: taken.json.screenshot.id }, 'customerToken'],
      [{ customerToken, screenshotId: '../../etc/passwd' }, 'screenshotId'],
      [{ customerToken }, 'screenshotId'],
    ] as const) {
      const refused = await see(body);
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toMatchObject({ code: 'invalid_payload', field: { path: [field] } });
    }
    // Once the session has ended the picture belongs to the ticket: the token no longer opens it.
    await request(engineer, 'session:end', {});
    expect((await see({ customerToken, screenshotId: taken.json.screenshot.id })).status).toBe(404);
  });

  it('lets the customer delete a screenshot of their screen during the session, and no one else that way', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const { engineer, customer, sessionId, customerToken } = await sessionWith(ada.cookie);
    const other = await sessionWith(ada.cookie);
    const take = async (id: string) =>
      (await api(`/api/sessions/${id}/screenshots`, { body: { png: stripedPng(64, 48).toString('base64') }, cookie: ada.cookie })).json
        .screenshot.id as string;
    const told = nextEvent(customer, 'session:screenshot');
    const mine = await take(sessionId);
    const kept = await take(sessionId);
    const theirs = await take(other.sessionId);
    expect((await told).screenshotId).toBe(mine);

    // Not the engineer (admins delete in the ticket), not another session's customer, not an id of another session.
    expect(await request(engineer, 'screenshot:delete', { screenshotId: mine })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await request(other.customer, 'screenshot:delete', { screenshotId: mine })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await request(customer, 'screenshot:delete', { screenshotId: theirs })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await request(customer, 'screenshot:delete', { screenshotId: 'not-an-id' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });

    const engineerTold = nextEvent(engineer, 'screenshot:deleted');
    expect(await request(customer, 'screenshot:delete', { screenshotId: mine })).toEqual({ ok: true });
    expect(await engineerTold).toEqual({ screenshotId: mine });
    const listed = await api(`/api/sessions/${sessionId}/screenshots`, { cookie: ada.cookie });
    expect(listed.json.screenshots.map((s: { id: string }) => s.id)).toEqual([kept]);
    expect((await api(`/api/sessions/${other.sessionId}/screenshots`, { cookie: ada.cookie })).json.screenshots).toHaveLength(1);
    expect((await ctx.server.store.sessions.timeline(sessionId)).at(-1)).toMatchObject({
      actor: { role: 'customer', name: 'Lee' },
      payload: { type: 'screenshot.deleted', screenshotId: mine },
    });
    // Once is enough.
    expect(await request(customer, 'screenshot:delete', { screenshotId: mine })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // A reload loses the page's list: the customer is told again of what is still kept, so it can still be deleted.
    customer.disconnect();
    const again = ctx.track(await connectClient(ctx.server.url));
    const retold: unknown[] = [];
    again.on('session:screenshot', (shot) => retold.push(shot));
    expect(await request(again, 'session:resume', { customerToken, restart: true })).toMatchObject({ ok: true });
    await expect.poll(() => retold).toEqual([expect.objectContaining({ screenshotId: kept, keptDays: null })]);
  });
});
