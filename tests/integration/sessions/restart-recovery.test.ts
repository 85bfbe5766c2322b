import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectClient, openActiveSession, request, startTestServer, type TestClient } from '../../support/test-server';

describe('after the server process goes away', () => {
  it('keeps every acknowledged event, and files the sessions it left open as interrupted', async () => {
    const clients: TestClient[] = [];
    const first = await startTestServer({ reconnectGraceMs: 60_000 }, { keepData: true });
    const { customer, created } = await openActiveSession(first, (c) => (clients.push(c), c));
    if (!created.ok) throw new Error('create failed');
    const waiting = await connectClient(first.url);
    clients.push(waiting);
    const queued = await request(waiting, 'session:create', { customerName: 'Queued', description: 'Never answered' });
    expect(await request(customer, 'chat:record', { id: randomUUID(), text: 'still there?', sentAt: Date.now() })).toEqual({ ok: true });
    await first.close();
    clients.forEach((c) => c.disconnect());

    const second = await startTestServer({}, { dataDir: first.dataDir });
    try {
      const active = await second.store.sessions.get(created.session.id);
      expect(active).toMatchObject({ status: 'ended', endReason: 'interrupted' });
      expect(active?.ticketId).not.toBeNull();
      const types = (await second.store.sessions.timeline(created.session.id)).map((e) => e.payload.type);
      expect(types).toEqual(['session.created', 'session.claimed', 'consent.granted', 'chat.message', 'session.ended']);
      if (!queued.ok) throw new Error('queue create failed');
      expect(await second.store.sessions.get(queued.session.id)).toMatchObject({ status: 'ended', endReason: 'interrupted' });
      expect(await second.store.sessions.listUnfinished()).toEqual([]);
    } finally {
      await second.close();
      rmSync(first.dataDir, { recursive: true, force: true });
    }
  });
});
