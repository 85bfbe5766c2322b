import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { connect } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../signaling-server/src/store/open-postgres';
import { startNginx, nginxUnavailable, type Nginx } from '../support/nginx';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { login, nextEvent, request, type TestClient } from '../support/test-server';

const { REDIS_URL, DATABASE_URL } = process.env;
const missing = nginxUnavailable() ?? (!REDIS_URL || !DATABASE_URL ? 'REDIS_URL and DATABASE_URL are not both set' : null);
if (missing) console.log(`[skip] two processes behind nginx: ${missing}`);

/** A client as the apps make it (websocket only, reconnecting on its own), asking nginx for one backend first. */
async function clientVia(url: string, pin: 'a' | 'b', cookie?: string): Promise<TestClient> {
  const socket: TestClient = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    query: { pin },
    reconnectionDelay: 200,
    reconnectionDelayMax: 500,
    extraHeaders: cookie ? { cookie } : undefined,
  });
  await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
  return socket;
}

const reconnected = (socket: TestClient) => new Promise<void>((resolve) => socket.io.once('reconnect', () => resolve()));

/**
 * Two server processes behind a real nginx, on one PostgreSQL and one Redis. The customer's
 * connection lands on the first, the engineer's on the second; they run a session together, then
 * the first process is killed with SIGKILL. The customer reconnects through nginx to the second,
 * which takes the dead process's session over; both resume the same session and finish it, and
 * the timeline holds everything acknowledged.
 */
describe.skipIf(missing)('two processes behind nginx on PostgreSQL and Redis', () => {
  const schema = `firstline_nginx_${process.pid}_${Date.now()}`;
  const cluster = { databaseUrl: DATABASE_URL!, schema, redisUrl: REDIS_URL!, name: `fl-nginx-${randomUUID().slice(0, 8)}` };
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-nginx-data-'));
  const processes: ServerProcess[] = [];
  const sockets: TestClient[] = [];
  let nginx: Nginx | undefined;

  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await nginx?.stop();
    for (const p of processes) await p.kill();
    rmSync(dataDir, { recursive: true, force: true });
    const redis = new Redis(REDIS_URL!);
    const keys = await redis.keys(`${cluster.name}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it('keeps a session going across processes, and through the death of one of them', { timeout: 120_000 }, async () => {
    const engineerEmail = 'nginx@test.local';
    // One after the other: the first creates the schema, the second finds it.
    const a = await startServerProcess({ dataDir, engineerEmail, cluster });
    processes.push(a);
    const b = await startServerProcess({ dataDir, engineerEmail, cluster });
    processes.push(b);
    nginx = await startNginx({ a: a.url, b: b.url });

    const cookie = await login(nginx.url, engineerEmail, 'engineer-pass-123');
    const customer = await clientVia(nginx.url, 'a');
    const engineer = await clientVia(nginx.url, 'b', cookie);
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
    const redis = new Redis(REDIS_URL!);
    const ownerPid = async () => {
      const saved = await redis.hget(`${cluster.name}:live`, created.session.id);
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

    const store = await openPostgresStore(DATABASE_URL!, { schema });
    try {
      const timeline = await store.sessions.timeline(created.session.id);
      const chats = timeline.flatMap((e) => (e.payload.type === 'chat.message' ? [e.payload.text] : []));
      expect(chats).toEqual([...acknowledged, 'after the kill']);
      const types = timeline.map((e) => e.payload.type);
      expect(types.filter((t) => t === 'consent.granted')).toHaveLength(1);
      expect(types.filter((t) => t === 'session.ended')).toHaveLength(1);
      expect(await store.sessions.get(created.session.id)).toMatchObject({ status: 'ended', endReason: 'engineer_ended' });
    } finally {
      await store.close();
    }
  });
});
