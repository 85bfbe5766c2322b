import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TicketQuery, type TimelineEvent } from '@firstline/protocol';
import type { Store } from '../../../signaling-server/src/store/store';
import { backends } from '../../support/store-backends';

describe.each(backends)('store on $name', (backend) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await backend.open());
  });
  afterEach(async () => dispose());

  const session = (over: Partial<Parameters<Store['sessions']['insert']>[0]> = {}) => ({
    id: randomUUID(),
    customerName: 'Lin',
    description: 'Printer',
    status: 'waiting' as const,
    engineerId: null,
    createdAt: 1_700_000_000_000,
    claimedAt: null,
    endedAt: null,
    endReason: null,
    customerTokenHash: randomUUID(),
    ...over,
  });
  const event = (sessionId: string, over: Partial<TimelineEvent> = {}): TimelineEvent => ({
    id: randomUUID(),
    sessionId,
    at: 1_700_000_000_001,
    actor: { role: 'customer', name: 'Lin' },
    payload: { type: 'chat.message', text: 'hi' },
    ...over,
  });

  it('creates, finds, updates users and keeps their secrets apart', async () => {
    const user = await store.users.create({
      email: 'a@x.test',
      name: 'Ada',
      organisation: 'Acme',
      role: 'engineer',
      passwordHash: '$argon2id$x',
    });
    expect(await store.users.findById(user.id)).toEqual(user);
    expect(user).not.toHaveProperty('passwordHash');
    expect((await store.users.findByEmail('a@x.test'))?.passwordHash).toBe('$argon2id$x');
    expect(await store.users.update(user.id, { role: 'admin', disabled: true })).toMatchObject({ role: 'admin', disabled: true });
    await store.users.setTotp(user.id, 'SECRET', true);
    expect(await store.users.secretsOf(user.id)).toMatchObject({ totpSecret: 'SECRET', totpEnabled: true });
    expect(await store.users.count()).toBe(1);
    expect(await store.users.countActiveAdmins()).toBe(0);
    await expect(
      store.users.create({ email: 'a@x.test', name: 'Dup', organisation: 'Acme', role: 'engineer', passwordHash: 'h' }),
    ).rejects.toThrow();
  });

  it('finds a sign-in session until it expires, and signs a user out everywhere but here', async () => {
    const user = await store.users.create({ email: 'b@x.test', name: 'Bo', organisation: 'Acme', role: 'engineer', passwordHash: 'h' });
    await store.authSessions.create('t1', user.id, 1000, 2000);
    await store.authSessions.create('t2', user.id, 1000, 2000);
    expect((await store.authSessions.findUser('t1', 1500))?.id).toBe(user.id);
    expect(await store.authSessions.findUser('t1', 2500)).toBeUndefined();
    await store.authSessions.removeAllFor(user.id, 't2');
    expect(await store.authSessions.findUser('t1', 1500)).toBeUndefined();
    expect((await store.authSessions.findUser('t2', 1500))?.id).toBe(user.id);
  });

  it('appends events once each, in order, and lists sessions left open', async () => {
    const s = session();
    await store.sessions.insert(s);
    const first = event(s.id, { payload: { type: 'session.created', description: 'Printer' } });
    const second = event(s.id);
    for (const e of [first, second, first, second]) await store.sessions.appendEvent(e);
    expect((await store.sessions.timeline(s.id)).map((e) => e.id)).toEqual([first.id, second.id]);
    expect((await store.sessions.listUnfinished()).map((u) => u.id)).toEqual([s.id]);
    await store.sessions.update(s.id, { status: 'ended', endedAt: 5, endReason: 'customer_ended' });
    expect(await store.sessions.get(s.id)).toMatchObject({
      status: 'ended',
      endedAt: 5,
      endReason: 'customer_ended',
      createdAt: 1_700_000_000_000,
    });
    expect(await store.sessions.listUnfinished()).toEqual([]);
  });

  it('writes a session row change with its events all together, or none of it', async () => {
    const s = session();
    const created = event(s.id, { payload: { type: 'session.created', description: 'Printer' } });
    await store.sessions.change(s.id, { insert: s }, [created]);
    const claimed = event(s.id, { payload: { type: 'session.claimed', engineerId: 'ada' } });
    await store.sessions.change(s.id, { update: { status: 'claimed', claimedAt: 7 } }, [claimed]);
    expect(await store.sessions.get(s.id)).toMatchObject({ status: 'claimed', claimedAt: 7 });
    expect((await store.sessions.timeline(s.id)).map((e) => e.id)).toEqual([created.id, claimed.id]);
    // The same session inserted again fails, and takes its event down with it.
    const orphan = event(s.id);
    await expect(store.sessions.change(s.id, { insert: s }, [orphan])).rejects.toThrow();
    expect((await store.sessions.timeline(s.id)).map((e) => e.id)).toEqual([created.id, claimed.id]);
  });

  it('ends a session and files its ticket in the same write, and gives the ticket', async () => {
    const s = session();
    await store.sessions.change(s.id, { insert: s }, [event(s.id, { payload: { type: 'session.created', description: 'Printer' } })]);
    const ended = event(s.id, { payload: { type: 'session.ended', reason: 'customer_ended' } });
    const update = { status: 'ended' as const, endedAt: 50, endReason: 'customer_ended' as const };
    const ticketId = await store.sessions.change(s.id, { update, fileTicket: { at: 50, outcome: 'cancelled' } }, [ended]);
    expect(ticketId).toEqual(expect.any(Number));
    expect(await store.sessions.get(s.id)).toMatchObject({ status: 'ended', ticketId });
    const ticket = await store.tickets.get(ticketId!);
    expect(ticket).toMatchObject({ subject: 'Printer', status: 'closed', outcome: 'cancelled' });
    expect(ticket?.sessions[0]?.timeline.map((e) => e.payload.type)).toEqual(['session.created', 'session.ended']);
    // A change that files no ticket gives none; a note after the end is filed (and found) under the ticket.
    const note = event(s.id, { actor: { role: 'engineer', name: 'Ada' }, payload: { type: 'note.added', text: 'toner smudge' } });
    expect(await store.sessions.change(s.id, undefined, [note])).toBeUndefined();
    expect((await store.tickets.query(TicketQuery.parse({ q: 'smudge', outcome: 'any' }), undefined, 60)).tickets.map((t) => t.id)).toEqual(
      [ticketId],
    );
  });

  it.runIf(backend.name === 'SQLite')('files a note under the ticket its session was given earlier in the same group commit', async () => {
    const s = session();
    await store.sessions.insert(s);
    const update = { status: 'ended' as const, endedAt: 50, endReason: 'engineer_ended' as const };
    const note = event(s.id, { actor: { role: 'engineer', name: 'Ada' }, payload: { type: 'note.added', text: 'paper jam cleared' } });
    // Asked for in the same tick, the two share one transaction.
    const [ticketId] = await Promise.all([
      store.sessions.change(s.id, { update, fileTicket: { at: 50, outcome: null } }, [
        event(s.id, { payload: { type: 'session.ended', reason: 'engineer_ended' } }),
      ]),
      store.sessions.change(s.id, undefined, [note]),
    ]);
    expect((await store.tickets.query(TicketQuery.parse({ q: 'jam' }), undefined, 60)).tickets.map((t) => t.id)).toEqual([ticketId]);
  });

  it('files a session in a new ticket with its timeline, and lists tickets newest first', async () => {
    const a = session();
    const b = session({ description: 'Wi-Fi' });
    await store.sessions.insert(a);
    await store.sessions.insert(b);
    await store.sessions.appendEvent(event(a.id));
    const ticketA = await store.tickets.openForSession(a.id, 10);
    const ticketB = await store.tickets.openForSession(b.id, 20);
    expect((await store.tickets.query(TicketQuery.parse({}), undefined, 30)).tickets.map((t) => t.id)).toEqual([ticketB, ticketA]);
    const detail = await store.tickets.get(ticketA);
    expect(detail).toMatchObject({ id: ticketA, subject: 'Printer', status: 'open', sessionCount: 1 });
    expect(detail?.sessions[0]?.timeline.map((e) => e.payload.type)).toEqual(['chat.message']);
    expect(await store.tickets.get(99_999)).toBeUndefined();
  });

  it('finds a session by its customer token hash and takes its rating once', async () => {
    const s = session({ customerTokenHash: 'hash-1' });
    await store.sessions.insert(s);
    expect((await store.sessions.findByCustomerToken('hash-1'))?.id).toBe(s.id);
    expect(await store.sessions.findByCustomerToken('other')).toBeUndefined();
    expect(await store.sessions.rate(s.id, 5, 'Great help', 100)).toBe(true);
    expect(await store.sessions.rate(s.id, 1, null, 200)).toBe(false);
    expect(await store.sessions.get(s.id)).toMatchObject({ rating: 5, ratingComment: 'Great help' });
  });

  it('queries a page of tickets with a total, and streams every match for export', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const s = session({ description: i % 2 ? `Printer ${i}` : `Mail ${i}` });
      await store.sessions.insert(s);
      ids.push(await store.tickets.openForSession(s.id, 1000 + i));
    }
    const base = { sort: 'created', order: 'asc', page: 2, pageSize: 2, outcome: 'none' } as const;
    const page = await store.tickets.query({ ...base, q: 'printer' }, undefined, 2000);
    expect(page.total).toBe(3);
    expect(page.tickets.map((t) => t.subject)).toEqual(['Printer 5']);
    const streamed: number[] = [];
    for await (const row of store.tickets.exportRows({ ...base, page: 1, pageSize: 1 }, undefined, 2000)) streamed.push(row.id);
    expect(streamed).toEqual(ids);
  });

  it('finds tickets by what was said and written in them, Chinese included, and follows a moved session', async () => {
    const a = session({ description: '我的打印机打印空白页' });
    const b = session({ description: 'Mail will not sync', customerName: 'Sam' });
    await store.sessions.insert(a);
    await store.sessions.insert(b);
    const chat = event(a.id, { payload: { type: 'chat.message', text: 'The spooler service keeps crashing 打印机' } });
    await store.sessions.appendEvent(chat);
    await store.sessions.appendEvent(chat);
    const ta = await store.tickets.openForSession(a.id, 10);
    const tb = await store.tickets.openForSession(b.id, 20);
    await store.sessions.appendEvent(event(b.id, { payload: { type: 'note.added', text: 'Rebuilt the OST file' } }));
    await store.tickets.update(tb, { resolutionSummary: 'Profile recreated' }, 30);
    const find = async (q: string) =>
      (await store.tickets.query({ q, sort: 'created', order: 'asc', page: 1, pageSize: 50, outcome: 'none' }, undefined, 60)).tickets.map(
        (t) => t.id,
      );
    expect(await find('SPOOLER')).toEqual([ta]);
    expect(await find('打印机')).toEqual([ta]);
    expect(await find('ost file')).toEqual([tb]);
    expect(await find('recreated')).toEqual([tb]);
    expect(await find('100%_off')).toEqual([]);
    expect((await store.tickets.search('sam', undefined)).map((t) => t.id)).toEqual([tb]);
    await store.tickets.update(tb, { resolutionSummary: null }, 40);
    expect(await find('recreated')).toEqual([]);
    await store.tickets.moveSession(a.id, tb, 50);
    expect(await find('spooler')).toEqual([tb]);
  });

  it('stores settings and overwrites them', async () => {
    expect(await store.settings.get('k')).toBeUndefined();
    await store.settings.set('k', 'one');
    await store.settings.set('k', 'two');
    expect(await store.settings.get('k')).toBe('two');
  });
});
