import { beforeEach, describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, nextEvent, openActiveSession, request, sendRaw, type TestServer } from '../../support/test-server';

describe('the signalling server refuses what it must', () => {
  let clock = Date.now();
  const ctx = withTestServer(() => ({ now: () => clock, sweepIntervalMs: 60_000 }));
  const track = ctx.track;
  let server: TestServer;
  beforeEach(() => {
    server = ctx.server;
    clock = Date.now();
  });

  const activeSession = () => openActiveSession(server, track);

  it('refuses a wrong code without touching the queue', async () => {
    const account = await createEngineer(server);
    const engineer = track(await connectClient(server.url, account.cookie));
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'x' });
    if (!created.ok) throw new Error('create failed');
    const wrong = created.code === '000000000' ? '000000001' : '000000000';
    const result = await request(engineer, 'session:claim', { code: wrong });
    expect(result).toMatchObject({ ok: false, error: { code: 'code_invalid' } });
    const queue = await request(engineer, 'queue:watch', {});
    expect(queue.ok && queue.queue.map((q) => q.id)).toEqual([created.session.id]);
  });

  it('refuses an expired code, ends the session for the customer, and files it', async () => {
    const account = await createEngineer(server);
    const engineer = track(await connectClient(server.url, account.cookie));
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'x' });
    if (!created.ok) throw new Error('create failed');
    clock += 10 * 60 * 1000 + 1;
    const ended = nextEvent(customer, 'session:ended');
    const result = await request(engineer, 'session:claim', { code: created.code });
    expect(result).toMatchObject({ ok: false, error: { code: 'code_expired' } });
    expect(await ended).toMatchObject({ reason: 'expired' });
    expect(await server.store.sessions.get(created.session.id)).toMatchObject({ status: 'ended', endReason: 'expired' });
  });

  it('expires unclaimed sessions on the sweep, and an engineer who types the code later is told it expired, not that it is wrong', async () => {
    const customer = track(await connectClient(server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'x' });
    if (!created.ok) throw new Error('create failed');
    const ended = nextEvent(customer, 'session:ended');
    clock += 10 * 60 * 1000;
    await server.app.sessions.sweepExpired();
    expect(await ended).toMatchObject({ reason: 'expired' });
    const account = await createEngineer(server);
    const engineer = track(await connectClient(server.url, account.cookie));
    expect(await request(engineer, 'session:claim', { code: created.code })).toMatchObject({ ok: false, error: { code: 'code_expired' } });
    // An hour later the code is just unknown again.
    clock += 60 * 60 * 1000;
    expect(await request(engineer, 'session:claim', { code: created.code })).toMatchObject({ ok: false, error: { code: 'code_invalid' } });
  });

  it('retires a code once claimed: a second engineer cannot take the session', async () => {
    const { created } = await activeSession();
    const other = await createEngineer(server, 'Mallory');
    const intruder = track(await connectClient(server.url, other.cookie));
    expect(await request(intruder, 'session:claim', { code: created.code })).toMatchObject({ ok: false, error: { code: 'code_invalid' } });
    expect(await request(intruder, 'session:claim', { sessionId: created.session.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
  });

  it('keeps a third socket out of the session: it cannot relay, chat or end', async () => {
    const { engineer, customer, created } = await activeSession();
    const stranger = track(await connectClient(server.url));
    let leaked = 0;
    engineer.on('signal:relay', () => (leaked += 1));
    customer.on('signal:relay', () => (leaked += 1));
    const relay = await request(stranger, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } });
    expect(relay).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
    expect(await request(stranger, 'session:end', {})).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
    // A stranger with a session of its own still only reaches its own session.
    const own = await request(stranger, 'session:create', { customerName: 'Eve', description: 'Hi' });
    expect(own.ok).toBe(true);
    expect(await request(stranger, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(leaked).toBe(0);
    expect((await server.store.sessions.get(created.session.id))?.status).toBe('active');
  });

  it('answers malformed payloads with a typed error and changes nothing', async () => {
    const { engineer, customer, created } = await activeSession();
    const before = await server.store.sessions.timeline(created.session.id);
    const bad: Array<[string, unknown]> = [
      ['session:create', { customerName: '', description: 'x' }],
      ['session:create', { customerName: 'x'.repeat(500), description: 'x' }],
      ['session:create', 'not an object'],
      ['session:claim', { code: 'abc' }],
      ['signal:relay', { data: { type: 'evil', sdp: 'x' } }],
      ['signal:relay', { data: { type: 'offer', sdp: 'x'.repeat(70_000) } }],
      ['chat:record', { id: 'not-a-uuid', text: 'hi', sentAt: 1 }],
      ['chat:record', { id: crypto.randomUUID(), text: '', sentAt: 1 }],
      ['consent:respond', { granted: 'yes' }],
      ['share:report', null],
    ];
    for (const [event, payload] of bad) {
      const result = await sendRaw(customer, event, payload);
      expect(result, event).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
      expect(typeof result.error.message).toBe('string');
    }
    // A refused field is named, with why: what an app needs to say it in its reader's language.
    expect(await sendRaw(customer, 'session:create', { customerName: 'x'.repeat(500), description: 'x' })).toMatchObject({
      error: { code: 'invalid_payload', field: { path: ['customerName'], problem: 'too_long', limit: expect.any(Number) } },
    });
    expect(await sendRaw(customer, 'consent:respond', { granted: 'yes' })).toMatchObject({
      error: { field: { path: ['granted'], problem: 'wrong_format' } },
    });
    expect((await sendRaw(customer, 'share:report', null)).error.field).toBeUndefined();
    // Text no one types (a NUL, which PostgreSQL cannot store; half a surrogate pair) is refused, whichever field carries it.
    expect(await sendRaw(customer, 'chat:record', { id: crypto.randomUUID(), text: 'hi\u0000there', sentAt: 1 })).toMatchObject({
      error: { code: 'invalid_payload', field: { path: ['text'], problem: 'wrong_format' } },
    });
    expect(await sendRaw(customer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0\ud800' } })).toMatchObject({
      error: { code: 'invalid_payload', field: { path: ['data', 'sdp'] } },
    });
    expect(await server.store.sessions.timeline(created.session.id)).toEqual(before);
    expect(await request(engineer, 'signal:relay', { data: { type: 'answer', sdp: 'v=0' } })).toEqual({ ok: true });
  });

  it('keeps customers out of staff actions and staff out of customer actions', async () => {
    const customer = track(await connectClient(server.url));
    expect(await request(customer, 'queue:watch', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await request(customer, 'session:claim', { code: '123456789' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const { engineer } = await activeSession();
    expect(await request(engineer, 'consent:respond', { granted: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await request(engineer, 'share:report', { sharing: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses signalling before consent', async () => {
    const { engineer } = await openActiveSession(server, track, { consent: false });
    expect(await request(engineer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
  });
});
