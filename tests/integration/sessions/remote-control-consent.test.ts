import type { CustomerClient } from '@firstline/protocol';
import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, nextEvent, request, type TestServer, type TestClient } from '../../support/test-server';

/** An active session with the screen shared, from the desktop app or a browser. */
async function sharingSession(server: TestServer, track: (c: TestClient) => TestClient, client: CustomerClient) {
  const account = await createEngineer(server, 'Grace Hopper');
  const engineer = track(await connectClient(server.url, account.cookie));
  const customer = track(await connectClient(server.url));
  const created = await request(customer, 'session:create', { customerName: 'Lin', description: 'Outlook will not start', client });
  if (!created.ok) throw new Error('create failed');
  await request(engineer, 'session:claim', { code: created.code });
  await request(customer, 'consent:respond', { granted: true });
  await request(customer, 'share:report', { sharing: true });
  return { engineer, customer, sessionId: created.session.id };
}

const controlEvents = async (server: TestServer, sessionId: string) =>
  (await server.store.sessions.timeline(sessionId))
    .filter((e) => e.payload.type.startsWith('control.'))
    .map((e) => [e.actor.role, e.payload.type, 'reason' in e.payload ? e.payload.reason : 'how' in e.payload ? e.payload.how : null]);

describe('remote control consent', () => {
  const ctx = withTestServer(() => ({ controlTimeoutMs: 400 }));

  it('asks the customer separately, naming the engineer; grant and take-back reach both sides and the timeline', async () => {
    const { engineer, customer, sessionId } = await sharingSession(ctx.server, ctx.track, 'desktop');
    const asked = nextEvent(customer, 'control:changed');
    const requested = await request(engineer, 'control:request', {});
    expect(requested).toMatchObject({ ok: true, control: { state: 'requested', expiresAt: expect.any(Number) } });
    expect(await asked).toMatchObject({
      control: { state: 'requested' },
      engineer: { name: 'Grace Hopper', organisation: 'Acme Support' },
    });
    // Asking again while a request is open, or answering as the engineer, changes nothing.
    expect(await request(engineer, 'control:request', {})).toMatchObject({ ok: false, error: { code: 'invalid_state' } });

    const toldEngineer = nextEvent(engineer, 'control:changed');
    expect(await request(customer, 'control:respond', { granted: true })).toMatchObject({ ok: true, control: { state: 'granted' } });
    expect((await toldEngineer).control.state).toBe('granted');

    await request(customer, 'control:paused', {});
    await request(customer, 'control:paused', {});
    const lettingGo = nextEvent(engineer, 'control:changed');
    expect(await request(customer, 'control:end', { how: 'shortcut' })).toMatchObject({ ok: true, control: { state: 'off' } });
    expect((await lettingGo).control).toEqual({ state: 'off' });
    expect(await controlEvents(ctx.server, sessionId)).toEqual([
      ['engineer', 'control.requested', null],
      ['customer', 'control.granted', null],
      ['customer', 'control.paused', null],
      ['customer', 'control.revoked', 'shortcut'],
    ]);
  });

  it('counts an unanswered request as declined after its time, and a refusal as declined', async () => {
    const { engineer, customer, sessionId } = await sharingSession(ctx.server, ctx.track, 'desktop');
    await request(engineer, 'control:request', {});
    const expired = nextEvent(engineer, 'control:changed');
    expect((await expired).control).toEqual({ state: 'off' });
    expect(await request(customer, 'control:respond', { granted: true })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    await request(engineer, 'control:request', {});
    await request(customer, 'control:respond', { granted: false });
    expect(await controlEvents(ctx.server, sessionId)).toEqual([
      ['engineer', 'control.requested', null],
      ['system', 'control.declined', 'timeout'],
      ['engineer', 'control.requested', null],
      ['customer', 'control.declined', 'customer'],
    ]);
  });

  it('ends control with the session, and refuses it for a browser join or an unshared screen', async () => {
    const desktop = await sharingSession(ctx.server, ctx.track, 'desktop');
    await request(desktop.engineer, 'control:request', {});
    await request(desktop.customer, 'control:respond', { granted: true });
    await request(desktop.engineer, 'session:end', {});
    expect((await controlEvents(ctx.server, desktop.sessionId)).at(-1)).toEqual(['engineer', 'control.revoked', 'session-ended']);

    const browser = await sharingSession(ctx.server, ctx.track, 'browser');
    expect(await request(browser.engineer, 'control:request', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', message: 'A customer who joined from a browser cannot be controlled' },
    });
    await request(browser.customer, 'share:report', { sharing: false });
    expect(await request(browser.engineer, 'control:request', {})).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(await controlEvents(ctx.server, browser.sessionId)).toEqual([]);
  });
});

describe('clipboard text', () => {
  const ctx = withTestServer();

  it('is recorded with its direction and size, never its text, and only in an active session', async () => {
    const { engineer, customer, sessionId } = await sharingSession(ctx.server, ctx.track, 'browser');
    const id = '0b5e3c4e-8a59-4e8c-9a49-1d4c3e7e9f10';
    expect(await request(engineer, 'clipboard:record', { id, chars: 18 })).toEqual({ ok: true });
    // A retried record (same id) is stored once.
    expect(await request(engineer, 'clipboard:record', { id, chars: 18 })).toEqual({ ok: true });
    expect(await request(customer, 'clipboard:record', { id: '5f0c2b8e-1c7e-4c55-b0b8-86a3f0d6c2aa', chars: 44 })).toEqual({ ok: true });
    expect(await request(customer, 'clipboard:record', { id, chars: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const events = (await ctx.server.store.sessions.timeline(sessionId)).filter((e) => e.payload.type === 'clipboard.sent');
    expect(events.map((e) => [e.actor.role, e.payload])).toEqual([
      ['engineer', { type: 'clipboard.sent', direction: 'to-customer', chars: 18 }],
      ['customer', { type: 'clipboard.sent', direction: 'to-engineer', chars: 44 }],
    ]);
    await request(customer, 'session:end', {});
    const outsider = ctx.track(await connectClient(ctx.server.url));
    expect(await request(outsider, 'clipboard:record', { id, chars: 3 })).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
  });
});
