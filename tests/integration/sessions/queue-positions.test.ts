import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, nextEvent, request, type TestClient } from '../../support/test-server';

/** Waiting customers hear their place in the queue, and an estimate once engineers have set a pace. */
describe('queue positions for waiting customers', () => {
  let clock = Date.now();
  const ctx = withTestServer(() => ({ now: () => clock }));
  const MINUTE = 60_000;

  /** The last place each customer heard: announcements come after the change that moved them, in their own time. */
  const latest = new Map<TestClient, unknown>();

  async function ask(name: string): Promise<{ customer: TestClient; code: string; first: Promise<unknown> }> {
    const customer = ctx.track(await connectClient(ctx.server.url));
    customer.on('session:position', (p) => latest.set(customer, p));
    const first = nextEvent(customer, 'session:position');
    const created = await request(customer, 'session:create', { customerName: name, description: `${name} needs help` });
    if (!created.ok) throw new Error(created.error.message);
    return { customer, code: created.code, first };
  }

  it('gives each customer their place, moves them up as requests are taken, and estimates from the pace of claims', async () => {
    clock = Date.now();
    const account = await createEngineer(ctx.server);
    const engineer = ctx.track(await connectClient(ctx.server.url, account.cookie));
    const [a, b, c, d] = [await ask('Ana'), await ask('Ben'), await ask('Cai'), await ask('Dee')];
    expect(await a.first).toEqual({ position: 1, estimatedWaitMs: null });
    expect(await b.first).toEqual({ position: 2, estimatedWaitMs: null });
    expect(await d.first).toEqual({ position: 4, estimatedWaitMs: null });

    // The first claim moves everyone up; there is no pace yet.
    await request(engineer, 'session:claim', { code: a.code });
    await expect.poll(() => latest.get(c.customer)).toEqual({ position: 2, estimatedWaitMs: null });
    await expect.poll(() => latest.get(d.customer)).toEqual({ position: 3, estimatedWaitMs: null });

    // A second claim four minutes later sets a pace: four minutes a request.
    clock += 4 * MINUTE;
    const other = ctx.track(await connectClient(ctx.server.url, (await createEngineer(ctx.server, 'Bob')).cookie));
    await request(other, 'session:claim', { code: b.code });
    await expect.poll(() => latest.get(c.customer)).toEqual({ position: 1, estimatedWaitMs: 4 * MINUTE });
    await expect.poll(() => latest.get(d.customer)).toEqual({ position: 2, estimatedWaitMs: 8 * MINUTE });

    // A customer who leaves the queue moves those behind them up too.
    await request(c.customer, 'session:end', {});
    await expect.poll(() => latest.get(d.customer)).toMatchObject({ position: 1 });
  });
});
