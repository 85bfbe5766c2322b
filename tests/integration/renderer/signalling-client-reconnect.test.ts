import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSignallingClient,
  type ConnectionState,
  type SignallingClient,
} from '../../../renderer/src/features/signalling/signalling-client';
import { startTestServer, type TestServer } from '../../support/test-server';

/** The consoles' signalling client, run in Node against the real server. */
describe('signalling client reconnection', () => {
  let server: TestServer;
  let client: SignallingClient;
  beforeEach(async () => {
    server = await startTestServer({ reconnectGraceMs: 5000 });
  });
  afterEach(async () => {
    client?.close();
    await server.close();
  });

  const waitFor = (states: ConnectionState[], wanted: ConnectionState) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const timer = setInterval(() => {
        if (states.includes(wanted)) resolve(clearInterval(timer));
        else if (Date.now() - started > 8000) reject(new Error(`never reached ${wanted}: ${states.join(',')}`));
      }, 20);
    });

  it('rides out a dropped transport and resumes its session with the token', async () => {
    client = createSignallingClient(server.url);
    const states: ConnectionState[] = [];
    client.onConnection((state) => states.push(state));
    await waitFor(states, 'connected');
    const created = await client.request('session:create', { customerName: 'Lin', description: 'Wi-Fi drops' });
    if (!created.ok) throw new Error('create failed');

    for (const socket of server.app.io.sockets.sockets.values()) socket.conn.close();
    await waitFor(states, 'reconnected');
    expect(states).toEqual(['connecting', 'connected', 'reconnecting', 'reconnected']);
    const resumed = await client.request('session:resume', { customerToken: created.customerToken });
    expect(resumed).toMatchObject({ ok: true, role: 'customer', session: { id: created.session.id, status: 'waiting' } });
  });

  it('reports the connection lost when the server closes it on purpose', async () => {
    client = createSignallingClient(server.url);
    const states: ConnectionState[] = [];
    client.onConnection((state) => states.push(state));
    await waitFor(states, 'connected');
    server.app.io.disconnectSockets(true);
    await waitFor(states, 'lost');
  });
});
