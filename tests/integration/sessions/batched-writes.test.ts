import type { Socket as NetSocket } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { withTestServer } from '../../support/server-lifecycle';
import { iceCandidate, openActiveSession } from '../../support/test-server';

describe('writes to one socket', () => {
  const ctx = withTestServer();

  it('go out in batches: a burst of events to one member costs two system calls, not one each', async () => {
    const { engineer } = await openActiveSession(ctx.server, ctx.track);
    // The engineer's TCP socket on the server, as engine.io's websocket transport holds it.
    const conn = ctx.server.app.io.sockets.sockets.get(engineer.id!)!.conn as unknown as {
      transport: { socket: { _socket: NetSocket & { _writev: unknown; _write: unknown } } };
    };
    const tcp = conn.transport.socket._socket;
    let writes = 0;
    for (const method of ['_writev', '_write'] as const) {
      const original = tcp[method] as (...args: unknown[]) => unknown;
      tcp[method] = (...args: unknown[]) => ((writes += 1), original.apply(tcp, args));
    }
    let delivered = 0;
    const all = new Promise<void>((resolve) => engineer.on('signal:relay', () => (delivered += 1) === 40 && resolve()));
    // As a burst of relays reaches the server in one read: 40 events for one socket in one tick.
    const notifier = ctx.server.app.io.sockets.sockets.get(engineer.id!)!;
    for (let i = 0; i < 40; i += 1) notifier.emit('signal:relay', { data: iceCandidate(i) });
    await all;
    expect(delivered).toBe(40);
    // The first goes out at once; the rest wait for it and follow as one batch, in one write.
    // Without batching, each of the 40 frames is a write of its own.
    expect(writes).toBe(2);
  });

  it('answer a WebSocket handshake with one system call: the 101 response and the open packet together', async () => {
    const http = ctx.server.app.io.httpServer;
    let writes = 0;
    http.once('connection', (tcp: NetSocket & { _writev: unknown; _write: unknown }) => {
      for (const method of ['_writev', '_write'] as const) {
        const original = tcp[method] as (...args: unknown[]) => unknown;
        tcp[method] = (...args: unknown[]) => ((writes += 1), original.apply(tcp, args));
      }
    });
    const ws = new WebSocket(`${ctx.server.url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
    const open = await new Promise<string>((resolve, reject) => {
      ws.once('message', (data: Buffer) => resolve(data.toString()));
      ws.once('error', reject);
    });
    ws.close();
    expect(open).toMatch(/^0\{"sid":/);
    // Without corking, the 101 response is one write and the open packet another.
    expect(writes).toBe(1);
  });
});
