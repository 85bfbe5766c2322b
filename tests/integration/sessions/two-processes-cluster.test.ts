import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerPayload } from '@firstline/protocol';
import { createApp, type App } from '../../../signaling-server/src/app';
import { openPostgresStore } from '../../../signaling-server/src/store/open-postgres';
import type { Store } from '../../../signaling-server/src/store/store';
import { captureLog } from '../../support/capture-log';
import { stripedPng } from '../../support/png';
import { connectClient, login, nextEvent, request, type TestClient } from '../../support/test-server';

const { REDIS_URL, DATABASE_URL } = process.env;
if (!REDIS_URL || !DATABASE_URL)
  console.log('[skip] two server processes as one: set REDIS_URL and DATABASE_URL (Redis and PostgreSQL) to run them');

/**
 * Two servers on one PostgreSQL and one Redis, as two processes behind a load balancer would be:
 * a customer on one and an engineer on the other run a whole session, each server acting on the
 * sessions it holds and forwarding the rest to their owner.
 */
describe.skipIf(!REDIS_URL || !DATABASE_URL)('two servers sharing Redis and PostgreSQL', () => {
  const schema = `firstline_cluster_${process.pid}_${Date.now()}`;
  const cluster = { name: `fl-test-${randomUUID().slice(0, 8)}` };
  const redis: Redis[] = [];
  const stores: Store[] = [];
  const apps: App[] = [];
  const urls: string[] = [];
  const sockets: TestClient[] = [];
  const logs = [captureLog(), captureLog()];
  const track = (socket: TestClient) => (sockets.push(socket), socket);
  let cookie = '';

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1) {
      const store = await openPostgresStore(DATABASE_URL!, { schema });
      const client = new Redis(REDIS_URL!);
      const app = await createApp({
        store,
        log: logs[i]!.log,
        staticDir: resolve('dist/renderer'),
        reconnectGraceMs: 2000,
        // Codes run out in 3 s (every other test is done with its waiting requests well within that).
        codeTtlMs: 3000,
        sweepIntervalMs: 200,
        // Rate limits stay per server here: shared Redis counters would carry over from run to run.
        cluster: { redis: client, ...cluster },
      });
      stores.push(store);
      redis.push(client);
      apps.push(app);
      urls.push(await app.listen(0));
    }
    await apps[0]!.users.ensureAdmin('admin@test.local', 'admin-password-123');
    await apps[0]!.users.createUser({
      email: 'far@test.local',
      name: 'Far Engineer',
      organisation: 'Acme Support',
      role: 'engineer',
      password: 'engineer-pass-123',
    });
    // Signed in through the first server, the engineer works on the second.
    cookie = await login(urls[0]!, 'far@test.local', 'engineer-pass-123');
  });

  afterAll(async () => {
    sockets.forEach((s) => s.close());
    for (const app of apps) await app.close();
    for (const store of stores) await store.close();
    const keys = await redis[0]!.keys(`${cluster.name}*`);
    if (keys.length) await redis[0]!.del(...keys);
    redis.forEach((r) => r.disconnect());
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it('shows the engineer on one server the customers waiting on the other, and tells them of new ones', async () => {
    const early = track(await connectClient(urls[0]!));
    const first = await request(early, 'session:create', { customerName: 'Early', description: 'Waiting before the engineer looked' });
    if (!first.ok) throw new Error('create failed');
    const engineer = track(await connectClient(urls[1]!, cookie));
    const watched = await request(engineer, 'queue:watch', {});
    expect(watched.ok && watched.queue.map((e) => e.id)).toContain(first.session.id);

    const added = nextEvent(engineer, 'queue:changed');
    const late = track(await connectClient(urls[0]!));
    const second = await request(late, 'session:create', { customerName: 'Late', description: 'Arrived while watching' });
    if (!second.ok) throw new Error('create failed');
    expect(await added).toMatchObject({ op: 'added', entry: { id: second.session.id } });
    await request(early, 'session:end', {});
    await request(late, 'session:end', {});
  });

  it('runs a whole session with the customer on one server and the engineer on the other', { timeout: 30_000 }, async () => {
    const customer = track(await connectClient(urls[0]!));
    const engineer = track(await connectClient(urls[1]!, cookie));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Across two servers' });
    if (!created.ok) throw new Error('create failed');

    const claimedNotice = nextEvent(customer, 'session:claimed');
    expect(await request(engineer, 'session:claim', { code: created.code })).toMatchObject({
      ok: true,
      session: { id: created.session.id },
    });
    expect((await claimedNotice).engineer.name).toBe('Far Engineer');
    const consent = nextEvent(engineer, 'session:consent');
    expect(await request(customer, 'consent:respond', { granted: true })).toMatchObject({ ok: true });
    expect(await consent).toMatchObject({ granted: true });

    // Signalling both ways, in order.
    const toEngineer: Array<ServerPayload<'signal:relay'>> = [];
    engineer.on('signal:relay', (p) => toEngineer.push(p));
    for (let i = 0; i < 20; i += 1) {
      expect(await request(customer, 'signal:relay', { data: { type: 'candidate', candidate: { candidate: `c${i}` } } })).toEqual({
        ok: true,
      });
    }
    const answer = nextEvent(customer, 'signal:relay');
    expect(await request(engineer, 'signal:relay', { data: { type: 'answer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect((await answer).data.type).toBe('answer');
    await expect.poll(() => toEngineer.length).toBe(20);
    expect(toEngineer.map((p) => (p.data as { candidate?: { candidate: string } }).candidate?.candidate)).toEqual(
      Array.from({ length: 20 }, (_, i) => `c${i}`),
    );

    expect(await request(engineer, 'chat:record', { id: randomUUID(), text: 'from the far side', sentAt: Date.now() })).toEqual({
      ok: true,
    });
    expect(await request(customer, 'chat:record', { id: randomUUID(), text: 'from the near side', sentAt: Date.now() })).toEqual({
      ok: true,
    });
    const ended = nextEvent(customer, 'session:ended');
    expect(await request(engineer, 'session:end', {})).toEqual({ ok: true });
    expect(await ended).toMatchObject({ reason: 'engineer_ended', ticketId: expect.any(Number) });

    const timeline = (await stores[1]!.sessions.timeline(created.session.id)).map((e) => e.payload.type);
    expect(timeline).toEqual(['session.created', 'session.claimed', 'consent.granted', 'chat.message', 'chat.message', 'session.ended']);
    expect(await stores[1]!.sessions.get(created.session.id)).toMatchObject({ status: 'ended', endReason: 'engineer_ended' });
  });

  it('resumes on the other server: a customer who reconnects elsewhere is back in the same session, and told of what happens in it', async () => {
    const customer = track(await connectClient(urls[0]!));
    const engineer = track(await connectClient(urls[0]!, cookie));
    const created = await request(customer, 'session:create', { customerName: 'Moe', description: 'Moves between servers' });
    if (!created.ok) throw new Error('create failed');
    await request(engineer, 'session:claim', { sessionId: created.session.id });
    await request(customer, 'consent:respond', { granted: true });
    customer.close();
    const elsewhere = track(await connectClient(urls[1]!));
    expect(await request(elsewhere, 'session:resume', { customerToken: created.customerToken })).toMatchObject({
      ok: true,
      role: 'customer',
      session: { id: created.session.id, status: 'active' },
    });
    const relayed = nextEvent(engineer, 'signal:relay');
    expect(await request(elsewhere, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect((await relayed).data.type).toBe('offer');
    // A screenshot kept through the first server: the customer on the second is told.
    const told = nextEvent(elsewhere, 'session:screenshot');
    const shot = await fetch(`${urls[0]}/api/sessions/${created.session.id}/screenshots`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ png: stripedPng(32, 24).toString('base64') }),
    });
    expect(shot.status).toBe(201);
    const { screenshot } = (await shot.json()) as { screenshot: { id: string; takenAt: number } };
    expect(await told).toEqual({ screenshotId: screenshot.id, takenAt: screenshot.takenAt, keptDays: null });
    // And deletes it from the second: the engineer on the first is told.
    const deleted = nextEvent(engineer, 'screenshot:deleted');
    expect(await request(elsewhere, 'screenshot:delete', { screenshotId: screenshot.id })).toEqual({ ok: true });
    expect(await deleted).toEqual({ screenshotId: screenshot.id });
    const ended = nextEvent(engineer, 'session:ended');
    expect(await request(elsewhere, 'session:end', {})).toEqual({ ok: true });
    expect(await ended).toMatchObject({ reason: 'customer_ended' });
  });

  it('tells each waiting customer their place in the whole queue, wherever they wait', async () => {
    const places = new Map<TestClient, number>();
    const waiting: TestClient[] = [];
    for (const [i, url] of [urls[0]!, urls[1]!, urls[0]!].entries()) {
      const customer = track(await connectClient(url));
      customer.on('session:position', (p) => places.set(customer, p.position));
      const created = await request(customer, 'session:create', { customerName: `Place ${i}`, description: 'In line' });
      if (!created.ok) throw new Error('create failed');
      waiting.push(customer);
    }
    await expect.poll(() => waiting.map((c) => places.get(c))).toEqual([1, 2, 3]);
    // The first in line is taken on the second server: the others move up, on both servers.
    const engineer = track(await connectClient(urls[1]!, cookie));
    const queue = await request(engineer, 'queue:watch', {});
    if (!queue.ok) throw new Error('watch failed');
    expect(queue.queue.map((e) => e.customerName)).toEqual(['Place 0', 'Place 1', 'Place 2']);
    expect(await request(engineer, 'session:claim', { sessionId: queue.queue[0]!.id })).toMatchObject({ ok: true });
    await expect.poll(() => waiting.slice(1).map((c) => places.get(c))).toEqual([1, 2]);
    await request(engineer, 'session:end', {});
    for (const customer of waiting.slice(1)) await request(customer, 'session:end', {});
  });

  it('lets a colleague on the other server watch, then take the session over', { timeout: 30_000 }, async () => {
    await apps[1]!.users.createUser({
      email: 'bea@test.local',
      name: 'Bea Colleague',
      organisation: 'Acme Support',
      role: 'engineer',
      password: 'engineer-pass-123',
    });
    const customer = track(await connectClient(urls[0]!));
    const engineer = track(await connectClient(urls[0]!, cookie));
    const colleague = track(await connectClient(urls[1]!, await login(urls[1]!, 'bea@test.local', 'engineer-pass-123')));
    await request(colleague, 'queue:watch', {});
    const created = await request(customer, 'session:create', { customerName: 'Ida', description: 'Needs two engineers' });
    if (!created.ok) throw new Error('create failed');
    const sessionId = created.session.id;
    await request(engineer, 'session:claim', { sessionId });
    await request(customer, 'consent:respond', { granted: true });
    // The engineer on the first server sees the colleague online on the second.
    const listed = await request(engineer, 'colleagues:list', {});
    expect(listed.ok && listed.colleagues.map((c) => c.name)).toContain('Bea Colleague');
    const colleagueId = listed.ok ? listed.colleagues.find((c) => c.name === 'Bea Colleague')!.id : '';

    const offer = { type: 'offer' as const, sdp: 'v=0' };
    const invited = nextEvent(colleague, 'colleague:invitation');
    expect(await request(engineer, 'colleague:invite', { engineerId: colleagueId, mode: 'watch' })).toEqual({ ok: true });
    expect(await invited).toMatchObject({ sessionId, mode: 'watch' });
    const asked = nextEvent(customer, 'colleague:request');
    expect(await request(colleague, 'invitation:answer', { sessionId, accept: true })).toEqual({ ok: true });
    await asked;
    const started = nextEvent(colleague, 'watch:started');
    expect(await request(customer, 'colleague:respond', { granted: true })).toEqual({ ok: true });
    expect((await started).session.id).toBe(sessionId);
    const atWatcher = nextEvent(colleague, 'signal:relay');
    expect(await request(customer, 'signal:relay', { data: offer, to: colleagueId })).toEqual({ ok: true });
    expect(await atWatcher).toEqual({ data: offer, peer: colleagueId });
    const atCustomer = nextEvent(customer, 'signal:relay');
    expect(await request(colleague, 'signal:relay', { data: { type: 'answer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect(await atCustomer).toEqual({ data: { type: 'answer', sdp: 'v=0' }, peer: colleagueId });
    expect(await request(colleague, 'watch:leave', {})).toEqual({ ok: true });

    // Then a hand-over: the colleague on the second server becomes the session's engineer.
    const invitedAgain = nextEvent(colleague, 'colleague:invitation');
    expect(await request(engineer, 'colleague:invite', { engineerId: colleagueId, mode: 'handover' })).toEqual({ ok: true });
    await invitedAgain;
    const askedAgain = nextEvent(customer, 'colleague:request');
    expect(await request(colleague, 'invitation:answer', { sessionId, accept: true })).toEqual({ ok: true });
    await askedAgain;
    const handedOver = nextEvent(colleague, 'session:handover');
    expect(await request(customer, 'colleague:respond', { granted: true })).toEqual({ ok: true });
    expect(await handedOver).toMatchObject({ to: { name: 'Bea Colleague' } });
    const relayed = nextEvent(customer, 'signal:relay');
    expect(await request(colleague, 'signal:relay', { data: offer })).toEqual({ ok: true });
    expect(await relayed).toEqual({ data: offer });
    expect(await request(engineer, 'signal:relay', { data: offer })).toMatchObject({ error: { code: 'not_in_session' } });
    const ended = nextEvent(customer, 'session:ended');
    expect(await request(colleague, 'session:end', {})).toEqual({ ok: true });
    const ticket = await stores[0]!.tickets.get((await ended).ticketId!);
    expect(ticket?.assigneeName).toBe('Bea Colleague');
  });

  it('tells an engineer on the other server that a code expired, not that it is wrong', async () => {
    const customer = track(await connectClient(urls[0]!));
    const created = await request(customer, 'session:create', { customerName: 'Slow', description: 'Nobody came in time' });
    if (!created.ok) throw new Error('create failed');
    await nextEvent(customer, 'session:ended', 6000);
    const engineer = track(await connectClient(urls[1]!, cookie));
    expect(await request(engineer, 'session:claim', { code: created.code })).toMatchObject({ ok: false, error: { code: 'code_expired' } });
  });

  it('refuses a member action from a socket that belongs to no session, on either server', async () => {
    const stranger = track(await connectClient(urls[1]!));
    expect(await request(stranger, 'chat:record', { id: randomUUID(), text: 'hello?', sentAt: Date.now() })).toMatchObject({
      ok: false,
      error: { code: 'not_in_session' },
    });
  });

  it('names the session in the log when the owner fails on an event forwarded to it', async () => {
    const customer = track(await connectClient(urls[0]!));
    const engineer = track(await connectClient(urls[1]!, cookie));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'A failing store' });
    if (!created.ok) throw new Error('create failed');
    await request(engineer, 'session:claim', { code: created.code });
    await request(customer, 'consent:respond', { granted: true });
    // The owner (the customer's server) fails to record, as with its database gone.
    const owner = apps[0]!.sessions;
    const recordChat = owner.recordChat;
    owner.recordChat = () => Promise.reject(new Error('the database went away'));
    try {
      const answer = await request(engineer, 'chat:record', { id: randomUUID(), text: 'hello', sentAt: Date.now() });
      expect(answer.ok).toBe(false);
      await expect
        .poll(() => logs[0]!.lines().find((line) => line.msg === 'answering event for another process'))
        .toMatchObject({ level: 50, sessionId: created.session.id, err: { message: 'the database went away' } });
    } finally {
      owner.recordChat = recordChat;
    }
    await request(customer, 'session:end', {});
  });
});
