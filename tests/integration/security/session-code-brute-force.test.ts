import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, nextEvent, request, sendRaw } from '../../support/test-server';

const randomCode = () => String(Math.floor(Math.random() * 1e9)).padStart(9, '0');

describe('guessing session codes', () => {
  const ctx = withTestServer();

  it('thousands of guesses over loopback: zero joins, the address blocked after six', async () => {
    const { server, track } = ctx;
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Target', description: 'x' });
    if (!created.ok) throw new Error('create failed');
    const attacker = await createEngineer(server, 'Attacker');
    const sockets = await Promise.all(Array.from({ length: 4 }, () => connectClient(server.url, attacker.cookie).then(track)));

    const outcomes: Record<string, number> = {};
    let joined = 0;
    for (let i = 0; i < 2000; i += 1) {
      let guess = randomCode();
      if (guess === created.code) guess = String((Number(guess) + 1) % 1e9).padStart(9, '0');
      const result = await sendRaw(sockets[i % sockets.length]!, 'session:claim', { code: guess });
      if (result.ok) joined += 1;
      else outcomes[result.error.code] = (outcomes[result.error.code] ?? 0) + 1;
      if (i % 250 === 249) await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`[brute force] 2000 guesses: ${JSON.stringify(outcomes)}, joined ${joined}`);
    expect(joined).toBe(0);
    expect(outcomes.code_invalid).toBe(6);
    expect(outcomes.rate_limited).toBe(1994);
    // The customer's session is untouched and still claimable by a real engineer from elsewhere.
    expect(server.app.sessions).toBeDefined();
    const queue = await request(sockets[0]!, 'queue:watch', {});
    expect(queue.ok && queue.queue.map((q) => q.id)).toEqual([created.session.id]);
  }, 60_000);
});

describe('a code under targeted guessing', () => {
  const ctx = withTestServer(() => ({ claimGuard: { failures: 1000 } }));

  it('is retired after ten near misses; the customer gets a new code, the old one says so', async () => {
    const { server, track } = ctx;
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Target', description: 'x' });
    if (!created.ok) throw new Error('create failed');
    const engineer = track(await connectClient(server.url, (await createEngineer(server)).cookie));

    const newCode = nextEvent(customer, 'session:code');
    const code = created.code;
    for (let i = 0; i < 10; i += 1) {
      const position = i % 9;
      const digit = String((Number(code[position]) + 1 + Math.floor(i / 9)) % 10);
      const guess = code.slice(0, position) + digit + code.slice(position + 1);
      const result = await request(engineer, 'session:claim', { code: guess });
      expect(result.ok).toBe(false);
    }
    const { code: fresh } = await newCode;
    expect(fresh).toMatch(/^\d{9}$/);
    expect(fresh).not.toBe(code);
    expect(await request(engineer, 'session:claim', { code })).toMatchObject({ ok: false, error: { code: 'code_retired' } });
    expect(await request(engineer, 'session:claim', { code: fresh })).toMatchObject({ ok: true });
    const types = (await server.store.sessions.timeline(created.session.id)).map((e) => e.payload.type);
    expect(types).toEqual(['session.created', 'code.retired', 'session.claimed']);
  });
});
