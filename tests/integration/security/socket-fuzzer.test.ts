import { describe, expect, it } from 'vitest';
import { clientEvents, ErrorBody } from '@firstline/protocol';
import { hostileValue, prng } from '../../support/hostile-values';
import { captureLog } from '../../support/capture-log';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import { connectClient, openActiveSession, request, type TestClient } from '../../support/test-server';

/** The fields the socket events take, so hostile values reach the checks behind the envelope. */
const FIELDS = ['customerName', 'description', 'data', 'type', 'sdp', 'id', 'text', 'sentAt', 'code', 'granted', 'sessionId'];

describe.each(backends)('a fuzzer on the socket API, on $name', (backend) => {
  const logged = captureLog();
  const ctx = withTestServer(() => ({ log: logged.log }), backend);

  it('answers thousands of hostile events with typed errors, stays up, and leaks nothing across sessions', async () => {
    const { server, track } = ctx;
    const victims = await openActiveSession(server, track);
    let leaked = 0;
    for (const victim of [victims.engineer, victims.customer]) victim.onAny(() => (leaked += 1));

    const random = prng(20261122);
    const names = [...Object.keys(clientEvents), 'admin:delete', '__proto__', 'constructor', 'toString', 'x'.repeat(300)];
    let fuzzers: TestClient[] = await Promise.all(Array.from({ length: 4 }, () => connectClient(server.url).then(track)));
    const answers: Record<string, number> = {};
    const COUNT = 3000;
    for (let i = 0; i < COUNT; i += 1) {
      const socket = fuzzers[i % fuzzers.length]!;
      const event = names[Math.floor(random() * names.length)]!;
      const reply = await (socket.timeout(3000).emitWithAck as (e: string, p: unknown) => Promise<any>)(
        event,
        hostileValue(random, FIELDS),
      ).catch(() => ({ ok: 'no-answer' }));
      const key = reply.ok === true ? 'ok' : reply.ok === false ? reply.error.code : String(reply.ok);
      answers[key] = (answers[key] ?? 0) + 1;
      if (reply.ok === false) expect(ErrorBody.strict().safeParse(reply.error).success, JSON.stringify(reply.error)).toBe(true);
      if (i % 500 === 499) {
        // Fresh sockets now and then, so the per-socket rate limit does not answer everything.
        fuzzers.forEach((f) => f.disconnect());
        fuzzers = await Promise.all(Array.from({ length: 4 }, () => connectClient(server.url).then(track)));
      }
    }
    console.log(`[fuzzer] ${COUNT} events: ${JSON.stringify(answers)}`);
    expect(answers['no-answer'] ?? 0).toBe(0);
    expect(answers.invalid_payload).toBeGreaterThan(COUNT / 4);
    expect(leaked).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await request(victims.customer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toEqual({ ok: true });
    const denials = logged.lines().filter((l) => l.component === 'security' && l.event === 'denied');
    expect(denials.length).toBeGreaterThan(COUNT / 4);
    expect(denials[0]).toMatchObject({ channel: 'socket', address: expect.any(String), reason: expect.any(String) });
    expect(JSON.stringify(denials)).not.toContain('"stack"');
  }, 120_000);

  it('drops a connection that sends more than the buffer allows, and keeps serving others', async () => {
    const { server, track } = ctx;
    const big = track(await connectClient(server.url));
    const closed = new Promise((resolve) => big.once('disconnect', resolve));
    (big.emit as (e: string, p: unknown) => void)('session:create', { customerName: 'x', description: 'y'.repeat(1_000_000) });
    expect(await closed).toBeDefined();
    const fine = track(await connectClient(server.url));
    expect(await request(fine, 'session:create', { customerName: 'Still', description: 'works' })).toMatchObject({ ok: true });
  });

  it('names the session in the log line of an action refused inside it', async () => {
    const { server, track } = ctx;
    const { engineer, created } = await openActiveSession(server, track);
    if (!created.ok) throw new Error('create failed');
    // Only the customer answers a request for control: refused, and logged with the session's id.
    expect(await request(engineer, 'control:respond', { granted: true })).toMatchObject({ ok: false });
    const denial = logged
      .lines()
      .filter((l) => l.component === 'security' && l.action === 'control:respond')
      .at(-1);
    expect(denial).toMatchObject({ event: 'denied', sessionId: created.session.id });
  });
});
