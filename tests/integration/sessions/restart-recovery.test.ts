import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectClient,
  createEngineer,
  nextEvent,
  request,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../support/test-server';
import { openSqliteStore } from '../../../signaling-server/src/store/open-sqlite';
import { captureLog } from '../../support/capture-log';

/**
 * Live sessions outlive the process holding them: their state is saved as it changes, under the
 * process's lease. A process that starts (or is already running) takes over the sessions whose
 * owner is gone, and their members resume them with no new consent; the sessions of a process
 * still running are left alone.
 */
describe('after the server process goes away', () => {
  const clients: TestClient[] = [];
  const servers: TestServer[] = [];
  const track = (c: TestClient) => (clients.push(c), c);
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.disconnect());
    for (const server of servers.splice(0).reverse()) await server.close().catch(() => undefined);
  });

  /** A server on the first's data, closed (and its data removed) after the test. */
  async function successor(first: TestServer, reconnectGraceMs: number, log = captureLog().log) {
    const next = await startTestServer({ reconnectGraceMs, log }, { dataDir: first.dataDir });
    servers.push(next);
    return next;
  }

  /** The take-over log names the sessions taken over, by id, and files none as interrupted. */
  function expectTakenOver(log: ReturnType<typeof captureLog>, sessionIds: string[]) {
    const takeOver = log.lines().find((line) => line.msg === 'took over live sessions left by a process that is gone');
    expect(takeOver).toMatchObject({ interrupted: [] });
    expect(new Set(takeOver?.adopted as string[])).toEqual(new Set(sessionIds));
  }

  async function liveSession(server: TestServer) {
    const account = await createEngineer(server);
    const engineer = track(await connectClient(server.url, account.cookie));
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Screen flickers' });
    if (!created.ok) throw new Error('create failed');
    await request(engineer, 'session:claim', { code: created.code });
    await request(customer, 'consent:respond', { granted: true });
    await request(customer, 'share:report', { sharing: true, sourceLabel: 'monitor' });
    expect(await request(customer, 'chat:record', { id: randomUUID(), text: 'still there?', sentAt: Date.now() })).toEqual({ ok: true });
    return { account, engineer, customer, created };
  }

  it('is taken over by the next process, and both members resume it with no new consent', async () => {
    const first = await startTestServer({ reconnectGraceMs: 60_000 }, { keepData: true });
    const { account, created } = await liveSession(first);
    const waiting = track(await connectClient(first.url));
    const queued = await request(waiting, 'session:create', { customerName: 'Queued', description: 'Still waiting' });
    if (!queued.ok) throw new Error('queue create failed');
    await first.close();
    clients.splice(0).forEach((c) => c.disconnect());

    const log = captureLog();
    const second = await successor(first, 5000, log.log);
    expectTakenOver(log, [created.session.id, queued.session.id]);
    const customer = track(await connectClient(second.url));
    const resumed = await request(customer, 'session:resume', { customerToken: created.customerToken });
    expect(resumed).toMatchObject({ ok: true, role: 'customer', session: { id: created.session.id, status: 'active', sharing: true } });
    const engineer = track(await connectClient(second.url, account.cookie));
    expect(await request(engineer, 'session:resume', { sessionId: created.session.id })).toMatchObject({ ok: true, role: 'engineer' });
    const relayed = nextEvent(engineer, 'signal:relay');
    expect(await request(customer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect((await relayed).data.type).toBe('offer');

    const stillWaiting = track(await connectClient(second.url));
    expect(await request(stillWaiting, 'session:resume', { customerToken: queued.customerToken })).toMatchObject({
      ok: true,
      code: queued.code,
      session: { status: 'waiting' },
    });
    const queue = await request(engineer, 'queue:watch', {});
    expect(queue.ok && queue.queue.map((q) => q.id)).toEqual([queued.session.id]);

    const types = (await second.store.sessions.timeline(created.session.id)).map((e) => e.payload.type);
    expect(types).toEqual(['session.created', 'session.claimed', 'consent.granted', 'share.started', 'chat.message']);
    expect((await second.store.sessions.get(created.session.id))?.status).toBe('active');
  });

  it('acknowledges a new request only once its state is saved, so the next process can take it over', async () => {
    const first = await startTestServer({ reconnectGraceMs: 60_000 }, { keepData: true });
    // The state's save held back, as a process that dies before it is on disk would leave it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const save = first.store.live.save.bind(first.store.live);
    first.store.live.save = async (row) => (await held, save(row));
    const customer = track(await connectClient(first.url));
    let acknowledged = false;
    const creating = request(customer, 'session:create', { customerName: 'Quick', description: 'Gone in a moment' }).then((result) => {
      acknowledged = true;
      return result;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(acknowledged).toBe(false);
    release();
    const created = await creating;
    if (!created.ok) throw new Error('create failed');
    expect((await first.store.live.list()).map((row) => row.sessionId)).toEqual([created.session.id]);
    await first.close();
    clients.splice(0).forEach((c) => c.disconnect());

    const log = captureLog();
    const second = await successor(first, 5000, log.log);
    expectTakenOver(log, [created.session.id]);
    const back = track(await connectClient(second.url));
    expect(await request(back, 'session:resume', { customerToken: created.customerToken })).toMatchObject({
      ok: true,
      session: { id: created.session.id, status: 'waiting' },
    });
  });

  it('keeps every acknowledged event, and files a session nobody comes back to as interrupted', async () => {
    const first = await startTestServer({ reconnectGraceMs: 60_000 }, { keepData: true });
    const { created } = await liveSession(first);
    await first.close();
    const second = await successor(first, 200);
    // Ending writes the session with its last events and its ticket, then removes its live state: wait for that.
    await expect
      .poll(
        async () => {
          const ended = await second.store.sessions.get(created.session.id);
          return ended?.status === 'ended' && ended.ticketId !== null && (await second.store.live.list()).length === 0;
        },
        { timeout: 5000 },
      )
      .toBe(true);
    const session = await second.store.sessions.get(created.session.id);
    expect(session).toMatchObject({ endReason: 'interrupted' });
    expect(session?.ticketId).not.toBeNull();
    const types = (await second.store.sessions.timeline(created.session.id)).map((e) => e.payload.type);
    expect(types).toEqual([
      'session.created',
      'session.claimed',
      'consent.granted',
      'share.started',
      'chat.message',
      'share.stopped',
      'session.ended',
    ]);
    expect(await second.store.sessions.listUnfinished()).toEqual([]);
    expect(await second.store.live.list()).toEqual([]);
  });

  it('leaves alone the live sessions of a process that is still running', async () => {
    const first = await startTestServer({ reconnectGraceMs: 60_000 }, { keepData: true });
    servers.push(first);
    const { customer, created } = await liveSession(first);
    await successor(first, 200);
    await new Promise((r) => setTimeout(r, 500));
    expect((await first.store.sessions.get(created.session.id))?.status).toBe('active');
    expect(await request(customer, 'chat:record', { id: randomUUID(), text: 'first process still here', sentAt: Date.now() })).toEqual({
      ok: true,
    });
    rmSync(first.dataDir, { recursive: true, force: true });
  });

  it('takes over at once from a process on this machine that no longer exists, before its lease lapses (kill -9, then a restart)', async () => {
    const first = await startTestServer({ reconnectGraceMs: 60_000 }, { keepData: true });
    const { created } = await liveSession(first);
    const other = await liveSession(first);
    await first.close();
    // As a crash would leave them: owned by processes whose leases were renewed a moment ago.
    // One of those processes has exited; the other (this test's parent) is still running.
    const deadOwner = `${hostname()}/${spawnSync(process.execPath, ['-e', '']).pid}/${randomUUID()}`;
    const runningOwner = `${hostname()}/${process.ppid}/${randomUUID()}`;
    const store = await openSqliteStore(join(first.dataDir, 'firstline.sqlite'));
    const rows = new Map((await store.live.list()).map((row) => [row.sessionId, row.owner]));
    await store.live.takeOver(created.session.id, rows.get(created.session.id)!, deadOwner, Date.now());
    await store.live.takeOver(other.created.session.id, rows.get(other.created.session.id)!, runningOwner, Date.now());
    for (const owner of [deadOwner, runningOwner]) await store.live.renewLease(owner, Date.now());
    await store.close();

    const log = captureLog();
    const second = await successor(first, 5000, log.log);
    expectTakenOver(log, [created.session.id]);
    const customer = track(await connectClient(second.url));
    expect(await request(customer, 'session:resume', { customerToken: created.customerToken })).toMatchObject({ ok: true });
    const otherCustomer = track(await connectClient(second.url));
    expect(await request(otherCustomer, 'session:resume', { customerToken: other.created.customerToken })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await second.store.sessions.get(other.created.session.id))?.status).toBe('active');
  });
});
