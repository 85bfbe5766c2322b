import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionQuery, TicketQuery } from '@firstline/protocol';
import type { NewSessionRecord, Store } from '../../../signaling-server/src/store/store';
import { backends } from '../../support/store-backends';

const HOUR = 3_600_000;
const T0 = 1_700_000_000_000;

describe.each(backends)('tickets fields, SLA clocks and the session log on $name', (backend) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await backend.open());
  });
  afterEach(async () => dispose());

  async function endedSession(over: Partial<NewSessionRecord> = {}): Promise<{ sessionId: string; ticketId: number }> {
    const record: NewSessionRecord = {
      id: randomUUID(),
      customerName: 'Lin',
      description: 'Printer',
      status: 'ended',
      engineerId: null,
      createdAt: T0,
      claimedAt: null,
      endedAt: T0 + 10 * 60_000,
      endReason: 'engineer_ended',
      customerTokenHash: randomUUID(),
      ...over,
    };
    await store.sessions.insert(record);
    return { sessionId: record.id, ticketId: await store.tickets.openForSession(record.id, record.endedAt ?? T0) };
  }
  const tickets = async (q: Record<string, string | number>, now = T0 + HOUR) =>
    (await store.tickets.query(TicketQuery.parse(q), undefined, now)).tickets.map((t) => t.id);
  const sessions = async (q: Record<string, string>, now = T0 + HOUR) =>
    (await store.sessions.query(SessionQuery.parse(q), undefined, now)).sessions.map((s) => s.id);

  it('keeps customer email, organisation and tags on a ticket, finds by them, and filters by tag', async () => {
    const { ticketId } = await endedSession({ customerEmail: 'lin@example.com' });
    const other = await endedSession({ customerName: 'Sam' });
    expect(await store.tickets.get(ticketId)).toMatchObject({ customerEmail: 'lin@example.com', customerOrganisation: null, tags: [] });
    await store.tickets.update(ticketId, { customerOrganisation: 'Acme Bakery', tags: ['printer', 'hp-laserjet'] }, T0 + 1);
    expect(await store.tickets.get(ticketId)).toMatchObject({ customerOrganisation: 'Acme Bakery', tags: ['hp-laserjet', 'printer'] });
    expect(await tickets({ tag: 'printer' })).toEqual([ticketId]);
    expect(await tickets({ q: 'acme bak' })).toEqual([ticketId]);
    expect(await tickets({ q: 'lin@example' })).toEqual([ticketId]);
    await store.tickets.update(ticketId, { tags: ['hp-laserjet'] }, T0 + 2);
    expect(await tickets({ tag: 'printer' })).toEqual([]);
    expect((await store.tickets.query(TicketQuery.parse({}), undefined, T0)).tickets.find((t) => t.id === other.ticketId)?.tags).toEqual(
      [],
    );
  });

  it('dates a ticket from the request, keeps SLA due times with its priority, and filters breached ones', async () => {
    // Normal priority: first response due in 4 h, resolution in 24 h.
    const answered = await endedSession({ claimedAt: T0 + 30 * 60_000, engineerId: null });
    const unanswered = await endedSession({ createdAt: T0 - 5 * HOUR });
    expect(await store.tickets.get(answered.ticketId)).toMatchObject({ createdAt: T0, firstResponseAt: T0 + 30 * 60_000 });
    expect(await tickets({ slaBreached: 'true' })).toEqual([unanswered.ticketId]);
    expect(await tickets({ slaBreached: 'false' })).toEqual([answered.ticketId]);
    // Raising it to urgent (15 min to answer) makes the answered one late as well.
    await store.tickets.update(answered.ticketId, { priority: 'urgent' }, T0 + 1);
    expect((await tickets({ slaBreached: 'true' })).sort()).toEqual([answered.ticketId, unanswered.ticketId].sort());
    // Resolving in time stops the resolution clock: a day later it is still within its target.
    await store.tickets.update(unanswered.ticketId, { priority: 'low', status: 'resolved' }, T0);
    expect(await tickets({ slaBreached: 'true' }, T0 + 48 * HOUR)).toEqual([answered.ticketId]);
  });

  it('lists sessions with their ticket, filtered by engineer, rating, date, outcome, SLA and text, engineers seeing their own', async () => {
    const ada = await store.users.create({
      email: 'ada@example.com',
      name: 'Ada',
      organisation: 'Firstline',
      role: 'engineer',
      passwordHash: 'x',
    });
    const a = await endedSession({ engineerId: ada.id, claimedAt: T0 + 60_000, description: 'Printer jams' });
    const b = await endedSession({ createdAt: T0 - 5 * HOUR, endedAt: T0 - 4 * HOUR, endReason: 'expired', description: 'VPN drops' });
    await store.sessions.rate(a.sessionId, 2, 'slow', T0 + 1);
    await store.sessions.appendEvent({
      id: randomUUID(),
      sessionId: b.sessionId,
      at: T0,
      actor: { role: 'engineer', name: 'Ada' },
      payload: { type: 'note.added', text: 'Tunnel MTU too large' },
    });
    await store.tickets.update(a.ticketId, { category: 'Printing', priority: 'high' }, T0 + 2);

    const page = await store.sessions.query(SessionQuery.parse({}), undefined, T0 + HOUR);
    expect(page.total).toBe(2);
    expect(page.sessions[0]).toMatchObject({
      id: a.sessionId,
      engineerName: 'Ada',
      ticketSubject: 'Printer jams',
      priority: 'high',
      category: 'Printing',
      rating: 2,
      durationMs: 10 * 60_000,
      slaBreached: false,
    });
    expect(await sessions({ engineer: ada.id })).toEqual([a.sessionId]);
    expect(await sessions({ rating: '2' })).toEqual([a.sessionId]);
    expect(await sessions({ rated: 'false' })).toEqual([b.sessionId]);
    expect(await sessions({ outcome: 'expired' })).toEqual([b.sessionId]);
    expect(await sessions({ from: String(T0 - HOUR) })).toEqual([a.sessionId]);
    expect(await sessions({ slaBreached: 'true' })).toEqual([b.sessionId]);
    expect(await sessions({ q: 'mtu' })).toEqual([b.sessionId]);
    expect(await sessions({ category: 'printing' })).toEqual([a.sessionId]);
    expect(await sessions({ sort: 'duration', order: 'desc' })).toEqual([b.sessionId, a.sessionId]);
    expect((await store.sessions.query(SessionQuery.parse({}), ada.id, T0)).sessions.map((s) => s.id)).toEqual([a.sessionId]);
    expect(await tickets({ engineer: ada.id })).toEqual([a.ticketId]);
    expect(await tickets({ rating: 2 })).toEqual([a.ticketId]);
  });
});

describe.each(backends)('search for a common term on $name', (backend) => {
  it('walks tickets in list order and caps the count, with the same results as the index, ignoring case in any script', async () => {
    const { store, dispose } = await backend.open({ searchCap: 3 });
    try {
      const ids: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        const sessionId = randomUUID();
        await store.sessions.insert({
          id: sessionId,
          customerName: 'Lin',
          description: i < 5 ? `Printer fault ${i} ΣΦΑΛΜΑ` : 'Écran noir, error 1603',
          status: 'ended',
          engineerId: null,
          createdAt: T0 + i,
          claimedAt: null,
          endedAt: T0 + i,
          endReason: 'expired',
          customerTokenHash: randomUUID(),
        });
        ids.push(await store.tickets.openForSession(sessionId, T0 + i));
      }
      const query = (q: string, extra: Record<string, string> = {}) =>
        store.tickets.query(TicketQuery.parse({ q, sort: 'created', pageSize: '2', ...extra }), undefined, T0 + HOUR);
      // Five tickets say "printer": more than the cap of 3, so the count stops there.
      const common = await query('PRINTER');
      expect(common).toMatchObject({ total: 3, totalCapped: true });
      expect(common.tickets.map((t) => t.id)).toEqual([ids[4], ids[3]]);
      expect((await query('printer', { page: '3' })).tickets.map((t) => t.id)).toEqual([ids[0]]);
      // Case is ignored in every script, on the walk and through the index alike.
      expect(await query('σφαλμα')).toMatchObject({ total: 3, totalCapped: true, tickets: [{ id: ids[4] }, { id: ids[3] }] });
      expect(await query('ÉCRAN')).toMatchObject({ total: 1, totalCapped: false, tickets: [{ id: ids[5] }] });
      // A phrase with a number: the index looks for the number, every hit is checked against the whole phrase.
      expect(await query('noir, ERROR 1603')).toMatchObject({ total: 1, tickets: [{ id: ids[5] }] });
      expect(await query('blue error 1603')).toMatchObject({ total: 0, tickets: [] });
      // A rarer term goes through the index, with an exact count.
      expect(await query('fault 2')).toMatchObject({ total: 1, totalCapped: false, tickets: [{ id: ids[2] }] });
      expect(await query('nothing like it')).toMatchObject({ total: 0, totalCapped: false, tickets: [] });
      // Other filters still apply on the walk.
      await store.tickets.update(ids[1]!, { status: 'closed' }, T0 + 10);
      expect(await query('printer', { status: 'closed' })).toMatchObject({ total: 1, totalCapped: false, tickets: [{ id: ids[1] }] });
      expect((await store.tickets.search('printer', undefined)).map((t) => t.id).sort()).toEqual(ids.slice(0, 5).sort());
    } finally {
      await dispose();
    }
  });
});
