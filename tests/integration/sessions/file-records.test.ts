import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, openActiveSession, request } from '../../support/test-server';

const HASH = 'a'.repeat(64);

describe('file transfers on the timeline', () => {
  const ctx = withTestServer(() => ({ fileSizeLimit: 10 * 1024 * 1024 }));

  it('tells both members the limit, and records what the receiver reports: name, size, outcome and hash', async () => {
    const { engineer, customer, created } = await openActiveSession(ctx.server, ctx.track);
    expect(created.session.fileSizeLimit).toBe(10 * 1024 * 1024);
    const id = randomUUID();
    expect(await request(customer, 'file:record', { id, name: 'fix.reg', size: 2048, outcome: 'received', sha256: HASH })).toEqual({
      ok: true,
    });
    // A retried report is stored once.
    expect(await request(customer, 'file:record', { id, name: 'fix.reg', size: 2048, outcome: 'received', sha256: HASH })).toEqual({
      ok: true,
    });
    expect(await request(engineer, 'file:record', { id: randomUUID(), name: 'logs.zip', size: 10, outcome: 'declined' })).toEqual({
      ok: true,
    });
    const filed = (await ctx.server.store.sessions.timeline(created.session.id)).flatMap((e) =>
      e.payload.type === 'file.transfer'
        ? [[e.actor.role, e.payload.direction, e.payload.name, e.payload.size, e.payload.outcome, e.payload.sha256]]
        : [],
    );
    expect(filed).toEqual([
      ['customer', 'to-customer', 'fix.reg', 2048, 'received', HASH],
      ['engineer', 'to-engineer', 'logs.zip', 10, 'declined', undefined],
    ]);
  });

  it('refuses reports over the limit, a received file without its hash, malformed ones, and outsiders', async () => {
    const { customer, created } = await openActiveSession(ctx.server, ctx.track);
    const refused = [
      [{ id: randomUUID(), name: 'big.iso', size: 10 * 1024 * 1024 + 1, outcome: 'declined' }, 'invalid_payload'],
      [{ id: randomUUID(), name: 'a.txt', size: 1, outcome: 'received' }, 'invalid_payload'],
      [{ id: randomUUID(), name: 'a.txt', size: 1, outcome: 'received', sha256: 'not-a-hash' }, 'invalid_payload'],
      [{ id: 'x', name: 'a.txt', size: 1, outcome: 'declined' }, 'invalid_payload'],
      [{ id: randomUUID(), name: '', size: 1, outcome: 'declined' }, 'invalid_payload'],
      [{ id: randomUUID(), name: 'a.txt', size: -1, outcome: 'declined' }, 'invalid_payload'],
      [{ id: randomUUID(), name: 'a.txt', size: 1, outcome: 'opened' }, 'invalid_payload'],
    ] as const;
    for (const [payload, code] of refused) {
      expect(await request(customer, 'file:record', payload as never), JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    const outsider = ctx.track(await connectClient(ctx.server.url));
    expect(await request(outsider, 'file:record', { id: randomUUID(), name: 'a.txt', size: 1, outcome: 'declined' })).toMatchObject({
      ok: false,
    });
    const types = (await ctx.server.store.sessions.timeline(created.session.id)).map((e) => e.payload.type);
    expect(types).not.toContain('file.transfer');
  });
});
