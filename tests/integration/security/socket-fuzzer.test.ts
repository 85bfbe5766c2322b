import { describe, expect, it } from 'vitest';
import { clientEvents } from '@firstline/protocol';
import { captureLog } from '../../support/capture-log';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, openActiveSession, request, type TestClient } from '../../support/test-server';

/** A small seeded PRNG (mulberry32) so a failing run can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostileValue(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * 14);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return Math.floor(random() * 1e12) * (random() < 0.5 ? -1 : 1);
    case 2:
      return 'x'.repeat(Math.floor(random() * 60_000));
    case 3:
      return '<script>alert(1)</script>';
    case 4:
      return random() < 0.5;
    case 5:
      return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    case 6: {
      let nested: unknown = 'deep';
      for (let i = 0; i < 2000; i += 1) nested = [nested];
      return nested;
    }
    case 7:
      return depth < 3 ? Array.from({ length: Math.floor(random() * 5) }, () => hostileValue(random, depth + 1)) : [];
    case 8:
      return depth < 3 ? { code: hostileValue(random, depth + 1), data: hostileValue(random, depth + 1) } : {};
    case 9:
      return { data: { type: 'offer', sdp: hostileValue(random, depth + 1) } };
    case 10:
      return { customerName: hostileValue(random, depth + 1), description: 'fuzz' };
    case 11:
      return { id: 'not-a-uuid', text: hostileValue(random, depth + 1), sentAt: 'now' };
    case 12:
      return '\u0000\uffff\ud800';
    default:
      return undefined;
  }
}

describe('a fuzzer on the socket API', () => {
  const logged = captureLog();
  const ctx = withTestServer(() => ({ log: logged.log }));

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
      const reply = await (socket.timeout(3000).emitWithAck as (e: string, p: unknown) => Promise<any>)(event, hostileValue(random)).catch(
        () => ({ ok: 'no-answer' }),
      );
      const key = reply.ok === true ? 'ok' : reply.ok === false ? reply.error.code : String(reply.ok);
      answers[key] = (answers[key] ?? 0) + 1;
      if (reply.ok === false) expect(Object.keys(reply.error).sort()).toEqual(['code', 'message']);
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
