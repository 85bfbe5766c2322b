import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, request, sendRaw, type TestClient } from '../../support/test-server';

const ask = (socket: TestClient, i: number) => sendRaw(socket, 'session:create', { customerName: `Flood ${i}`, description: 'help' });

/** A server per test with these limits on new requests, on a clock the test can move. */
function floodServer(limits: object) {
  const clock = { now: Date.now() };
  const ctx = withTestServer(() => {
    clock.now = Date.now();
    return { now: () => clock.now, creationLimits: limits };
  });
  return { ctx, clock };
}

describe('floods of help requests, from one address', () => {
  const { ctx } = floodServer({});

  it('takes ten requests from one address, then tells the next ones the team is busy', async () => {
    const sockets = await Promise.all(Array.from({ length: 14 }, () => connectClient(ctx.server.url).then(ctx.track)));
    const answers = [];
    for (const [i, socket] of sockets.entries()) answers.push(await ask(socket, i));
    expect(answers.slice(0, 10).every((a) => a.ok)).toBe(true);
    for (const refused of answers.slice(10))
      expect(refused).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/Try again in \d+ s/) } });
  });
});

describe('floods of help requests, from everywhere', () => {
  const { ctx } = floodServer({ perAddress: 1000, perSecond: 1, burst: 5 });

  it('holds the whole server to a steady rate, whatever the addresses', async () => {
    const sockets = await Promise.all(Array.from({ length: 8 }, () => connectClient(ctx.server.url).then(ctx.track)));
    const answers = [];
    for (const [i, socket] of sockets.entries()) answers.push((await ask(socket, i)).ok);
    expect(answers).toEqual([true, true, true, true, true, false, false, false]);
  });
});

describe('requests cancelled at once, and the cost of queue changes', () => {
  const { ctx, clock } = floodServer({ perAddress: 1000, burst: 1000, perSecond: 1000 });

  it('files no ticket for a request its customer cancels at once; a longer wait still files one', async () => {
    const socket = ctx.track(await connectClient(ctx.server.url));
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const created = await ask(socket, i);
      ids.push(created.session.id);
      expect((await request(socket, 'session:end', {})).ok).toBe(true);
    }
    const records = await Promise.all(ids.map((id) => ctx.server.store.sessions.get(id)));
    expect(records.map((r) => [r?.status, r?.endReason, r?.ticketId])).toEqual(Array(8).fill(['ended', 'customer_ended', null]));
    expect(
      (
        await ctx.server.store.tickets.query(
          { sort: 'updated', order: 'desc', page: 1, pageSize: 50, outcome: 'any' },
          undefined,
          clock.now,
        )
      ).total,
    ).toBe(0);

    const waited = await ask(socket, 99);
    clock.now += 31_000;
    await request(socket, 'session:end', {});
    expect((await ctx.server.store.sessions.get(waited.session.id))?.ticketId).toEqual(expect.any(Number));
  });

  it('tells watching engineers each change on its own, so its cost does not grow with the queue', async () => {
    const { cookie } = await createEngineer(ctx.server);
    const engineer = ctx.track(await connectClient(ctx.server.url, cookie));
    await request(engineer, 'queue:watch', {});
    const sizes: number[] = [];
    engineer.onAny((event: string, payload: unknown) => {
      if (event === 'queue:changed') sizes.push(JSON.stringify(payload).length);
    });
    // Two hundred customers waiting at once, each on its own connection.
    const many = 200;
    const customers = await Promise.all(Array.from({ length: many }, () => connectClient(ctx.server.url).then(ctx.track)));
    for (const [i, customer] of customers.entries()) expect((await ask(customer, i)).ok).toBe(true);
    for (const customer of customers) await request(customer, 'session:end', {});
    await expect.poll(() => sizes.length).toBe(2 * many);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`[queue deltas] ${sizes.length} changes, ${total} bytes in all, largest ${Math.max(...sizes)} bytes`);
    expect(Math.max(...sizes)).toBeLessThan(400);
    // Every change was one entry; the whole queue only ever goes out once, to an engineer who starts watching.
    expect(total).toBeLessThan(many * 2 * 400);
    const snapshot = await request(engineer, 'queue:watch', {});
    expect(snapshot.ok && snapshot.queue).toEqual([]);
  });
});
