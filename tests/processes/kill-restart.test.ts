import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerPayload } from '@firstline/protocol';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { expectWholeTimeline } from '../support/timeline-checks';
import { connectClient, login, reconnected, request, type TestClient } from '../support/test-server';
import { openSqliteStore } from '../../signaling-server/src/store/open-sqlite';

/**
 * The server is killed with SIGKILL in the middle of a session and started again on the same data
 * and port. Both clients reconnect and resume the same session (no new consent), signalling flows
 * again, and the timeline holds every event acknowledged before the kill and those after it.
 */
describe('kill -9 mid-session', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-kill-'));
  const processes: ServerProcess[] = [];
  const sockets: TestClient[] = [];
  afterEach(async () => {
    sockets.forEach((s) => s.close());
    for (const p of processes) await p.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets both sides continue the same session, with a complete timeline', { timeout: 90_000 }, async () => {
    const engineerEmail = 'killed@test.local';
    const first = await startServerProcess({ dataDir, engineerEmail });
    processes.push(first);
    const cookie = await login(first.url, engineerEmail, 'engineer-pass-123');
    const engineer = await connectClient(first.url, cookie, { reconnecting: true });
    const customer = await connectClient(first.url, undefined, { reconnecting: true });
    sockets.push(engineer, customer);
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Killed mid-session' });
    if (!created.ok) throw new Error('create failed');
    expect(await request(engineer, 'session:claim', { sessionId: created.session.id })).toMatchObject({ ok: true });
    expect(await request(customer, 'consent:respond', { granted: true })).toMatchObject({ ok: true });
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const text = `before the kill ${i}`;
      expect(await request(customer, 'chat:record', { id: randomUUID(), text, sentAt: Date.now() })).toEqual({ ok: true });
      acknowledged.push(text);
    }

    const port = Number(new URL(first.url).port);
    const back = Promise.all([reconnected(engineer), reconnected(customer)]);
    await first.kill();
    const killedAt = Date.now();
    const second = await startServerProcess({ dataDir, port });
    processes.push(second);
    await back;
    // The apps resume on reconnecting: the customer by its token, the engineer by the session.
    expect(await request(customer, 'session:resume', { customerToken: created.customerToken })).toMatchObject({
      ok: true,
      session: { id: created.session.id, status: 'active' },
    });
    expect(await request(engineer, 'session:resume', { sessionId: created.session.id })).toMatchObject({ ok: true, role: 'engineer' });
    console.log(`[kill -9] both sides resumed ${Date.now() - killedAt} ms after the kill`);

    const relayed = new Promise<ServerPayload<'signal:relay'>>((resolve) => engineer.once('signal:relay', resolve));
    expect(await request(customer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect((await relayed).data.type).toBe('offer');
    expect(await request(engineer, 'chat:record', { id: randomUUID(), text: 'after the kill', sentAt: Date.now() })).toEqual({ ok: true });
    expect(await request(engineer, 'session:end', {})).toEqual({ ok: true });

    await expectWholeTimeline(await openSqliteStore(join(dataDir, 'firstline.sqlite')), created.session.id, [
      ...acknowledged,
      'after the kill',
    ]);
  });
});
