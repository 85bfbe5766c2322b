import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSignallingClient,
  type ConnectionState,
  type SignallingClient,
} from '../../../renderer/src/features/signalling/signalling-client';
import { connectClient, createEngineer, request, startTestServer, type TestClient, type TestServer } from '../../support/test-server';

/**
 * The consoles' reports for the ticket (chat lines, clipboard, files, diagnostics) while the
 * connection is between a drop and its resume: run in Node against the real server.
 */
describe('reports kept across a reconnect', () => {
  let server: TestServer;
  let customer: SignallingClient;
  let engineer: TestClient;
  let states: ConnectionState[];
  beforeEach(async () => {
    server = await startTestServer({ reconnectGraceMs: 5000 });
    customer = createSignallingClient(server.url);
    states = [];
    customer.onConnection((state) => states.push(state));
    await until(() => states.includes('connected'));
  });
  afterEach(async () => {
    customer?.close();
    engineer?.close();
    await server.close();
  });

  async function until(done: () => boolean): Promise<void> {
    const started = Date.now();
    while (!done()) {
      if (Date.now() - started > 8000) throw new Error(`timed out; connection states: ${states.join(',')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function waitingSession() {
    const created = await customer.request('session:create', { customerName: 'Lin', description: 'Printer offline' });
    if (!created.ok) throw new Error(`create failed: ${created.error.message}`);
    return created;
  }

  async function activate(code: string) {
    const account = await createEngineer(server);
    engineer = await connectClient(server.url, account.cookie);
    expect(await request(engineer, 'session:claim', { code })).toMatchObject({ ok: true });
    expect(await customer.request('consent:respond', { granted: true })).toMatchObject({ ok: true });
  }

  /** The server drops the customer's transport; the client reconnects on its own (not yet resumed). */
  function dropCustomer() {
    for (const socket of server.app.io.sockets.sockets.values()) if (!socket.data.staff) socket.conn.close();
  }

  const chatLines = async (sessionId: string) =>
    (await server.store.sessions.timeline(sessionId)).flatMap((e) => (e.payload.type === 'chat.message' ? [e.payload.text] : []));

  it('keeps a chat line the server refused before the resume, and records it once after', async () => {
    const created = await waitingSession();
    await activate(created.code);
    expect(await customer.record('chat:record', { id: randomUUID(), text: 'Before the drop', sentAt: Date.now() })).toMatchObject({
      ok: true,
    });

    dropCustomer();
    await until(() => states.includes('reconnecting'));
    // Sent while the transport is down: socket.io delivers it on the new connection, which is not yet in the session.
    const line = { id: randomUUID(), text: 'Sent while reconnecting', sentAt: Date.now() };
    expect(await customer.record('chat:record', line)).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
    expect(states.at(-1)).toBe('reconnected');
    expect(await chatLines(created.session.id)).toEqual(['Before the drop']);

    expect(await customer.request('session:resume', { customerToken: created.customerToken })).toMatchObject({ ok: true });
    await expect.poll(() => chatLines(created.session.id)).toEqual(['Before the drop', 'Sent while reconnecting']);
    // A second resume has nothing left to send, and the server would store a resent line once anyway.
    dropCustomer();
    await until(() => states.filter((s) => s === 'reconnected').length === 2);
    expect(await customer.request('session:resume', { customerToken: created.customerToken })).toMatchObject({ ok: true });
    expect(await customer.record('chat:record', line)).toMatchObject({ ok: true });
    expect(await chatLines(created.session.id)).toEqual(['Before the drop', 'Sent while reconnecting']);
  });

  it('does not send again a report the server refused for good', async () => {
    const created = await waitingSession();
    // No engineer yet: chat needs an active session, and that refusal is final.
    const early = { id: randomUUID(), text: 'Too early', sentAt: Date.now() };
    expect(await customer.record('chat:record', early)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    await activate(created.code);

    dropCustomer();
    await until(() => states.includes('reconnected'));
    expect(await customer.request('session:resume', { customerToken: created.customerToken })).toMatchObject({ ok: true });
    expect(await customer.record('chat:record', { id: randomUUID(), text: 'After the resume', sentAt: Date.now() })).toMatchObject({
      ok: true,
    });
    expect(await chatLines(created.session.id)).toEqual(['After the resume']);
  });

  it('drops what it kept for a session once a new one starts', async () => {
    const first = await waitingSession();
    await activate(first.code);
    dropCustomer();
    await until(() => states.includes('reconnecting'));
    expect(await customer.record('chat:record', { id: randomUUID(), text: 'For the old session', sentAt: Date.now() })).toMatchObject({
      ok: false,
      error: { code: 'not_in_session' },
    });

    // The customer starts over instead of resuming: the new session gets none of the old one's reports.
    const second = await waitingSession();
    engineer.close();
    await activate(second.code);
    dropCustomer();
    await until(() => states.filter((s) => s === 'reconnected').length === 2);
    expect(await customer.request('session:resume', { customerToken: second.customerToken })).toMatchObject({ ok: true });
    // Sent after the resume, so after anything the resume would have sent again.
    await customer.record('chat:record', { id: randomUUID(), text: 'For the new session', sentAt: Date.now() });
    await expect.poll(() => chatLines(second.session.id)).toEqual(['For the new session']);
    expect(await chatLines(first.session.id)).toEqual([]);
  });

  it('keeps what it could not record across a reload of the page (sessionStorage)', async () => {
    const created = await waitingSession();
    await activate(created.code);
    // Node has no Web Storage: a Map stands in for the tab's sessionStorage, which outlives the page.
    const kept = new Map<string, string>();
    (globalThis as { sessionStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> }).sessionStorage = {
      getItem: (key) => kept.get(key) ?? null,
      setItem: (key, value) => void kept.set(key, value),
      removeItem: (key) => void kept.delete(key),
    };
    try {
      dropCustomer();
      await until(() => states.includes('reconnecting'));
      const line = { id: randomUUID(), text: 'Typed just before the reload', sentAt: Date.now() };
      expect(await customer.record('chat:record', line)).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
      expect(kept.size).toBe(1);

      // The reload: this page's client is gone, a new one starts and resumes with the saved token.
      customer.close();
      customer = createSignallingClient(server.url);
      const reloaded: ConnectionState[] = [];
      customer.onConnection((state) => reloaded.push(state));
      await until(() => reloaded.includes('connected'));
      expect(await customer.request('session:resume', { customerToken: created.customerToken })).toMatchObject({ ok: true });
      await expect.poll(() => chatLines(created.session.id)).toEqual(['Typed just before the reload']);
      expect(kept.size).toBe(0);
    } finally {
      delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    }
  });
});
