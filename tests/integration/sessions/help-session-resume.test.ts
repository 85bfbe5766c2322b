import { beforeEach, describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, nextEvent, openActiveSession, request, type TestServer } from '../../support/test-server';

describe('a dropped connection can come back within the grace period', () => {
  const ctx = withTestServer(() => ({ reconnectGraceMs: 3000 }));
  const track = ctx.track;
  let server: TestServer;
  beforeEach(() => {
    server = ctx.server;
  });

  it('lets the customer resume with its token; signalling flows again and the session stays open', async () => {
    const { engineer, customer, created } = await openActiveSession(server, track);
    if (!created.ok) throw new Error('create failed');
    const away = nextEvent(engineer, 'session:presence');
    customer.disconnect();
    expect(await away).toEqual({ role: 'customer', connected: false });

    const back = nextEvent(engineer, 'session:presence');
    const again = track(await connectClient(server.url));
    const resumed = await request(again, 'session:resume', { customerToken: created.customerToken });
    expect(resumed).toMatchObject({ ok: true, role: 'customer', session: { id: created.session.id, status: 'active' } });
    expect(await back).toEqual({ role: 'customer', connected: true });

    const relayed = nextEvent(engineer, 'signal:relay');
    expect(await request(again, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect((await relayed).data.type).toBe('offer');
    await new Promise((r) => setTimeout(r, 3300));
    expect((await server.store.sessions.get(created.session.id))?.status).toBe('active');
  });

  it('keeps what the engineer sends while the customer is away, in order, and hands it over when they resume', async () => {
    const { engineer, customer, created } = await openActiveSession(server, track);
    if (!created.ok) throw new Error('create failed');
    const away = nextEvent(engineer, 'session:presence');
    customer.disconnect();
    await away;
    // An ICE exchange's worth: 20 candidates (well inside the per-socket rate limit).
    for (let i = 0; i < 20; i += 1) {
      expect(await request(engineer, 'signal:relay', { data: { type: 'candidate', candidate: { candidate: `c${i}` } } })).toEqual({
        ok: true,
      });
    }

    const again = track(await connectClient(server.url));
    const received: string[] = [];
    again.on('signal:relay', ({ data }) => void (data.type === 'candidate' && received.push(data.candidate.candidate)));
    expect(await request(again, 'session:resume', { customerToken: created.customerToken })).toMatchObject({ ok: true });
    await expect.poll(() => received.length).toBe(20);
    expect(received).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`));
    // Once back, signalling flows straight through again.
    const relayed = nextEvent(again, 'signal:relay');
    await request(engineer, 'signal:relay', { data: { type: 'answer', sdp: 'v=0' } });
    expect((await relayed).data.type).toBe('answer');
  });

  it('lets only the session engineer resume, and only while its seat is empty', async () => {
    const account = await createEngineer(server, 'Owner');
    const engineer = track(await connectClient(server.url, account.cookie));
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lin', description: 'x' });
    if (!created.ok) throw new Error('create failed');
    await request(engineer, 'session:claim', { code: created.code });

    const other = await createEngineer(server, 'Somebody else');
    const intruder = track(await connectClient(server.url, other.cookie));
    const anonymous = track(await connectClient(server.url));
    const sameEngineer = track(await connectClient(server.url, account.cookie));
    expect(await request(anonymous, 'session:resume', { sessionId: created.session.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await request(intruder, 'session:resume', { sessionId: created.session.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await request(sameEngineer, 'session:resume', { sessionId: created.session.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(await request(anonymous, 'session:resume', { customerToken: created.customerToken })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(await request(anonymous, 'session:resume', { customerToken: 'x'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const away = nextEvent(customer, 'session:presence');
    engineer.disconnect();
    expect(await away).toEqual({ role: 'engineer', connected: false });
    expect(await request(sameEngineer, 'session:resume', { sessionId: created.session.id })).toMatchObject({ ok: true, role: 'engineer' });
  });

  it('refuses to resume a session that has ended', async () => {
    const { customer, created } = await openActiveSession(server, track);
    if (!created.ok) throw new Error('create failed');
    await request(customer, 'session:end', {});
    const again = track(await connectClient(server.url));
    expect(await request(again, 'session:resume', { customerToken: created.customerToken })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('after a reload (restart), tells the other side to start a new connection and drops what was meant for the old one', async () => {
    const { engineer, customer, created } = await openActiveSession(server, track);
    if (!created.ok) throw new Error('create failed');
    const away = nextEvent(engineer, 'session:presence');
    customer.disconnect();
    await away;
    await request(engineer, 'signal:relay', { data: { type: 'candidate', candidate: { candidate: 'for-the-old-page' } } });

    const again = track(await connectClient(server.url));
    const stale: unknown[] = [];
    again.on('signal:relay', (payload) => void stale.push(payload));
    const back = nextEvent(engineer, 'session:presence');
    expect(await request(again, 'session:resume', { customerToken: created.customerToken, restart: true })).toMatchObject({ ok: true });
    expect(await back).toEqual({ role: 'customer', connected: true, restart: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(stale).toEqual([]);
  });

  it('gives a waiting customer who reloads its code back', async () => {
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Wai', description: 'Still waiting' });
    if (!created.ok) throw new Error('create failed');
    customer.disconnect();
    const again = track(await connectClient(server.url));
    const resumed = await request(again, 'session:resume', { customerToken: created.customerToken, restart: true });
    expect(resumed).toMatchObject({ ok: true, role: 'customer', code: created.code, session: { status: 'waiting' } });
  });

  it('lets a member whose peer connection failed ask the other side for a new one, once the session is live', async () => {
    const { engineer, customer } = await openActiveSession(server, track);
    const told = nextEvent(engineer, 'session:presence');
    expect(await request(customer, 'peer:restart', {})).toEqual({ ok: true });
    expect(await told).toEqual({ role: 'customer', connected: true, restart: true });
    const waiting = track(await connectClient(server.url));
    await request(waiting, 'session:create', { customerName: 'Wai', description: 'Not yet' });
    expect(await request(waiting, 'peer:restart', {})).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});
