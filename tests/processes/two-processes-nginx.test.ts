import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../signaling-server/src/store/open-postgres';
import { processPairUnavailable, startProcessPair, type ProcessPair } from '../support/process-pair';
import { expectWholeTimeline } from '../support/timeline-checks';
import { connectClient, login, nextEvent, reconnected, request, type TestClient } from '../support/test-server';

const missing = processPairUnavailable();
if (missing) console.log(`[skip] two processes behind nginx: ${missing}`);

/**
 * Two server processes behind a real nginx, on one PostgreSQL and one Redis. The customer's
 * connection lands on the first, the engineer's on the second; they run a session together, then
 * the first process is killed with SIGKILL. The customer reconnects through nginx to the second,
 * which takes the dead process's session over; both resume the same session and finish it, and
 * the timeline holds everything acknowledged.
 */
describe.skipIf(missing)('two processes behind nginx on PostgreSQL and Redis', () => {
  const sockets: TestClient[] = [];
  let pair: ProcessPair | undefined;
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await pair?.stop();
  });

  it('keeps a session going across processes, and through the death of one of them', { timeout: 120_000 }, async () => {
    const engineerEmail = 'nginx@test.local';
    pair = await startProcessPair(engineerEmail);
    const { a, b, nginx, name, schema } = pair;
    const cookie = await login(nginx.url, engineerEmail, 'engineer-pass-123');
    const customer = await connectClient(nginx.url, undefined, { reconnecting: true, query: { pin: 'a' } });
    const engineer = await connectClient(nginx.url, cookie, { reconnecting: true, query: { pin: 'b' } });
    sockets.push(customer, engineer);
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Two processes and a proxy' });
    if (!created.ok) throw new Error('create failed');
    const watched = await request(engineer, 'queue:watch', {});
    expect(watched.ok && watched.queue.map((e) => e.id)).toContain(created.session.id);
    expect(await request(engineer, 'session:claim', { code: created.code })).toMatchObject({ ok: true });
    expect(await request(customer, 'consent:respond', { granted: true })).toMatchObject({ ok: true });
    const acknowledged: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const from = i % 2 ? engineer : customer;
      const text = `before the kill ${i}`;
      expect(await request(from, 'chat:record', { id: randomUUID(), text, sentAt: Date.now() })).toEqual({ ok: true });
      acknowledged.push(text);
    }
    const offer = nextEvent(engineer, 'signal:relay');
    expect(await request(customer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect((await offer).data.type).toBe('offer');

    // The session's live state is in Redis, under the lease of the customer's process.
    const redis = new Redis(process.env.REDIS_URL!);
    const ownerPid = async () => {
      const saved = await redis.hget(`${name}:live`, created.session.id);
      return saved ? Number((JSON.parse(saved) as { owner: string }).owner.split('/')[1]) : null;
    };
    expect(await ownerPid()).toBe(a.pid);

    // The process holding the session (and the customer's socket) dies.
    const back = Promise.all([reconnected(customer), reconnected(engineer)]);
    await a.kill();
    const killedAt = Date.now();
    // The customer comes back through nginx on the second process, which takes the session over;
    // the engineer's socket, in a session of a dead process, is let go and comes back too.
    await back;
    expect(await request(customer, 'session:resume', { customerToken: created.customerToken })).toMatchObject({
      ok: true,
      session: { id: created.session.id, status: 'active' },
    });
    expect(await request(engineer, 'session:resume', { sessionId: created.session.id })).toMatchObject({ ok: true, role: 'engineer' });
    console.log(`[nginx, kill -9] both sides resumed on the other process ${Date.now() - killedAt} ms after the kill`);
    expect(await ownerPid()).toBe(b.pid);

    const answer = nextEvent(customer, 'signal:relay');
    expect(await request(engineer, 'signal:relay', { data: { type: 'answer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect((await answer).data.type).toBe('answer');
    expect(await request(customer, 'chat:record', { id: randomUUID(), text: 'after the kill', sentAt: Date.now() })).toEqual({ ok: true });
    const ended = nextEvent(customer, 'session:ended');
    expect(await request(engineer, 'session:end', {})).toEqual({ ok: true });
    expect(await ended).toMatchObject({ reason: 'engineer_ended' });
    // An ended session leaves nothing behind in Redis.
    await expect.poll(ownerPid).toBeNull();
    redis.disconnect();

    await expectWholeTimeline(await openPostgresStore(process.env.DATABASE_URL!, { schema }), created.session.id, [
      ...acknowledged,
      'after the kill',
    ]);
  });
});
