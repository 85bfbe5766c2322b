import { randomUUID } from 'node:crypto';
import { TicketQuery } from '@firstline/protocol';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import {
  connectClient,
  createEngineer,
  FULL_SESSION_TIMELINE,
  nextEvent,
  openActiveSession,
  request,
  type TestServer,
} from '../../support/test-server';

describe.each(backends)('a help session over the real server, on $name', (backend) => {
  // SQLite runs on the test server's own file (the durability check reads it); others on theirs.
  const ctx = withTestServer(undefined, backend.name === 'SQLite' ? undefined : backend);
  const track = ctx.track;
  let server: TestServer;
  beforeEach(() => {
    server = ctx.server;
  });

  it('goes create → queue → claim → consent → relay → chat → end, and lands in a ticket', async () => {
    const engineerAccount = await createEngineer(server, 'Grace Hopper');
    const engineer = track(await connectClient(server.url, engineerAccount.cookie));
    const watched = await request(engineer, 'queue:watch', {});
    expect(watched).toEqual({ ok: true, queue: [] });

    const customer = track(await connectClient(server.url));
    const queueUpdate = nextEvent(engineer, 'queue:changed');
    const created = await request(customer, 'session:create', { customerName: 'Lin', description: 'Printer prints blank pages' });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.code).toMatch(/^\d{9}$/);
    expect(await queueUpdate).toMatchObject({ op: 'added', entry: { id: created.session.id, customerName: 'Lin' } });

    const claimedNotice = nextEvent(customer, 'session:claimed');
    const queueRemoval = nextEvent(engineer, 'queue:changed');
    const claimed = await request(engineer, 'session:claim', { code: created.code.replace(/(\d{3})/g, '$1 ') });
    expect(claimed.ok).toBe(true);
    const notice = await claimedNotice;
    expect(notice.engineer).toMatchObject({ name: 'Grace Hopper', organisation: 'Acme Support' });
    expect(notice.permissions).toEqual(['screen', 'chat', 'diagnostics']);
    expect(await queueRemoval).toEqual({ op: 'removed', sessionId: created.session.id, reason: 'claimed' });

    const consentNotice = nextEvent(engineer, 'session:consent');
    const consent = await request(customer, 'consent:respond', { granted: true, permissions: ['screen', 'chat'] });
    expect(consent.ok && consent.session.status).toBe('active');
    expect((await consentNotice).granted).toBe(true);

    const offer = { type: 'offer' as const, sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' };
    const relayedToEngineer = nextEvent(engineer, 'signal:relay');
    expect(await request(customer, 'signal:relay', { data: offer })).toEqual({ ok: true });
    expect((await relayedToEngineer).data).toEqual(offer);
    const relayedToCustomer = nextEvent(customer, 'signal:relay');
    await request(engineer, 'signal:relay', { data: { type: 'answer', sdp: 'v=0\r\n' } });
    expect((await relayedToCustomer).data.type).toBe('answer');

    const shareNotice = nextEvent(engineer, 'session:share');
    expect(await request(customer, 'share:report', { sharing: true, sourceLabel: 'Entire screen' })).toEqual({ ok: true });
    expect(await shareNotice).toEqual({ sharing: true });
    await request(customer, 'chat:record', { id: randomUUID(), text: 'Hello, it is the printer', sentAt: Date.now() });
    await request(engineer, 'chat:record', { id: randomUUID(), text: 'Let me look', sentAt: Date.now() });

    const endedForCustomer = nextEvent(customer, 'session:ended');
    expect(await request(engineer, 'session:end', {})).toEqual({ ok: true });
    expect(await endedForCustomer).toMatchObject({ reason: 'engineer_ended' });

    const tickets = (await server.store.tickets.query(TicketQuery.parse({}), undefined, Date.now())).tickets;
    expect(tickets).toHaveLength(1);
    const ticket = await server.store.tickets.get(tickets[0]!.id);
    expect(ticket?.subject).toBe('Printer prints blank pages');
    // Assigned to the engineer who handled it, not to nobody.
    expect(ticket).toMatchObject({ assigneeName: 'Grace Hopper' });
    const session = ticket!.sessions[0]!;
    expect(session).toMatchObject({ status: 'ended', endReason: 'engineer_ended', engineerName: 'Grace Hopper', customerName: 'Lin' });
    expect(session.timeline.map((e) => e.payload.type)).toEqual(FULL_SESSION_TIMELINE);
    // The engineer ended the session, so the engineer is named for the sharing that stopped with it.
    expect(session.timeline.find((e) => e.payload.type === 'share.stopped')).toMatchObject({
      actor: { role: 'engineer', name: 'Grace Hopper' },
      payload: { withSession: true },
    });
    expect(session.timeline.filter((e) => e.payload.type === 'chat.message').map((e) => e.actor.role)).toEqual(['customer', 'engineer']);
  });

  it("keeps the customer's language: in the queue, the engineer's view and the filed record", async () => {
    const engineerAccount = await createEngineer(server, 'Grace Hopper');
    const engineer = track(await connectClient(server.url, engineerAccount.cookie));
    await request(engineer, 'queue:watch', {});
    const ask = async (language: string | undefined) => {
      const customer = track(await connectClient(server.url));
      const added = nextEvent(engineer, 'queue:changed');
      const created = await request(customer, 'session:create', {
        customerName: 'Lan',
        description: 'Máy in',
        ...(language && { language }),
      });
      if (!created.ok) throw new Error(created.error.message);
      const change = await added;
      return { created, entry: change.op === 'added' ? change.entry : null };
    };
    // A browser's tag is the product's language it stands for; one the product does not ship is none.
    const taiwan = await ask('zh-TW');
    expect(taiwan.created.session.customerLanguage).toBe('zh-Hant');
    expect(taiwan.entry?.customerLanguage).toBe('zh-Hant');
    expect((await ask('vi')).entry?.customerLanguage).toBe('vi');
    expect((await ask('fr-FR')).entry?.customerLanguage).toBeNull();
    expect((await ask(undefined)).entry?.customerLanguage).toBeNull();
    // An engineer who starts watching gets it in the snapshot too.
    expect(await request(engineer, 'queue:watch', {})).toMatchObject({
      ok: true,
      queue: expect.arrayContaining([expect.objectContaining({ id: taiwan.created.session.id, customerLanguage: 'zh-Hant' })]),
    });

    const claimed = await request(engineer, 'session:claim', { sessionId: taiwan.created.session.id });
    expect(claimed.ok && claimed.session.customerLanguage).toBe('zh-Hant');
    expect(await server.store.sessions.get(taiwan.created.session.id)).toMatchObject({ customerLanguage: 'zh-Hant' });
  });

  it('ends cleanly for both sides when the customer declines', async () => {
    const { engineer, customer, created } = await openActiveSession(server, track, { consent: false });

    const consentNotice = nextEvent(engineer, 'session:consent');
    const endedForEngineer = nextEvent(engineer, 'session:ended');
    await request(customer, 'consent:respond', { granted: false });
    expect((await consentNotice).granted).toBe(false);
    expect(await endedForEngineer).toMatchObject({ reason: 'consent_declined' });

    const record = await server.store.sessions.get(created.session.id);
    expect(record).toMatchObject({ status: 'ended', endReason: 'consent_declined' });
    const types = (await server.store.sessions.timeline(created.session.id)).map((e) => e.payload.type);
    expect(types).toEqual(['session.created', 'session.claimed', 'consent.declined', 'session.ended']);
  });

  it('tells the engineer the customer dropped, then ends the session when the grace period runs out', async () => {
    const { engineer, customer, created } = await openActiveSession(server, track);

    const away = nextEvent(engineer, 'session:presence');
    const ended = nextEvent(engineer, 'session:ended');
    customer.disconnect();
    expect(await away).toEqual({ role: 'customer', connected: false });
    expect(await ended).toMatchObject({ reason: 'customer_disconnected' });
    const record = await server.store.sessions.get(created.session.id);
    expect(record?.ticketId).not.toBeNull();
  });

  it.skipIf(backend.name !== 'SQLite')(
    'stores a retried chat message once, and an acknowledged event is on disk for any other reader',
    async () => {
      const { customer, created } = await openActiveSession(server, track);

      const message = { id: randomUUID(), text: 'Are you there?', sentAt: Date.now() };
      expect(await request(customer, 'chat:record', message)).toEqual({ ok: true });
      expect(await request(customer, 'chat:record', message)).toEqual({ ok: true });

      // A second connection to the same file sees the acknowledged rows without the server closing.
      const reader = new BetterSqlite3(join(server.dataDir, 'firstline.sqlite'), { readonly: true });
      const rows = reader
        .prepare("select payload from session_events where session_id = ? and type = 'chat.message'")
        .all(created.session.id);
      reader.close();
      expect(rows).toHaveLength(1);
    },
  );
});
