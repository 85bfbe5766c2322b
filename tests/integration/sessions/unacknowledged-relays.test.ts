import { describe, expect, it } from 'vitest';
import type { ServerPayload } from '@firstline/protocol';
import { withTestServer } from '../../support/server-lifecycle';
import { iceCandidate, nextEvent, openActiveSession, request, type TestClient } from '../../support/test-server';

/** Every engine.io packet a client receives, pings aside: what the server wrote to it. */
function countReceived(socket: TestClient): () => number {
  let packets = 0;
  socket.io.engine.on('packet', (packet: { type: string }) => {
    if (packet.type === 'message') packets += 1;
  });
  return () => packets;
}

describe('relays sent without an acknowledgement', () => {
  const ctx = withTestServer();

  it('reach the other side in order, and the sender hears nothing back', async () => {
    const { customer, engineer } = await openActiveSession(ctx.server, ctx.track);
    const toSender = countReceived(customer);
    const received: Array<ServerPayload<'signal:relay'>> = [];
    const all = new Promise<void>((resolve) =>
      engineer.on('signal:relay', (payload) => {
        received.push(payload);
        if (received.length === 30) resolve();
      }),
    );
    for (let i = 0; i < 30; i += 1) customer.emit('signal:relay', { data: iceCandidate(i) });
    await all;
    expect(received.map((p) => p.data)).toEqual(Array.from({ length: 30 }, (_, i) => iceCandidate(i)));
    // A round trip on the same socket: anything the server wrote for the relays came before its answer.
    expect(await request(customer, 'share:report', { sharing: true })).toEqual({ ok: true });
    expect(toSender()).toBe(1);
  });

  it('are answered with signal:refused when refused, and nothing reaches the other side', async () => {
    const { customer, engineer } = await openActiveSession(ctx.server, ctx.track, { consent: false });
    const leaked: unknown[] = [];
    customer.on('signal:relay', (payload) => leaked.push(payload));
    const refused = nextEvent(engineer, 'signal:refused');
    engineer.emit('signal:relay', { data: { type: 'offer', sdp: 'v=0' } });
    expect(await refused).toEqual({ error: { code: 'invalid_state', message: 'Signalling needs consent first' } });

    const malformed = nextEvent(engineer, 'signal:refused');
    (engineer.emit as (event: string, payload: unknown) => void)('signal:relay', { data: { type: 'evil', sdp: 1 } });
    expect((await malformed).error.code).toBe('invalid_payload');
    expect(leaked).toEqual([]);
  });

  it('count against the same flood limit as every event', async () => {
    const { customer, engineer } = await openActiveSession(ctx.server, ctx.track);
    const refusals: string[] = [];
    customer.on('signal:refused', ({ error }) => refusals.push(error.code));
    let delivered = 0;
    engineer.on('signal:relay', () => (delivered += 1));
    for (let i = 0; i < 200; i += 1) customer.emit('signal:relay', { data: iceCandidate(i) });
    await expect.poll(() => delivered + refusals.length).toBe(200);
    expect(refusals.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set(['rate_limited']));
  });

  it('are the only event that may go without one: another is dropped and changes nothing', async () => {
    const { customer, created } = await openActiveSession(ctx.server, ctx.track);
    (customer.emit as (event: string, payload: unknown) => void)('session:end', {});
    expect(await request(customer, 'share:report', { sharing: true })).toEqual({ ok: true });
    expect((await ctx.server.store.sessions.get(created.session.id))?.status).toBe('active');
  });
});
