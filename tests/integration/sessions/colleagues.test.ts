import { describe, expect, it } from 'vitest';
import type { SignalData } from '@firstline/protocol';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, nextEvent, openActiveSession, request, type TestClient } from '../../support/test-server';

const offer: SignalData = { type: 'offer', sdp: 'v=0' };

describe('a colleague in a live session: invited, let in by the customer, watching or taking over', () => {
  const ctx = withTestServer();

  async function withColleague(name = 'Bea Colleague') {
    const session = await openActiveSession(ctx.server, ctx.track);
    const account = await createEngineer(ctx.server, name);
    const colleague = ctx.track(await connectClient(ctx.server.url, account.cookie));
    await request(colleague, 'queue:watch', {});
    return { ...session, colleague, colleagueId: account.id, sessionId: session.created.session.id };
  }

  async function invite(s: Awaited<ReturnType<typeof withColleague>>, mode: 'watch' | 'handover') {
    const invitation = nextEvent(s.colleague, 'colleague:invitation');
    expect(await request(s.engineer, 'colleague:invite', { engineerId: s.colleagueId, mode })).toEqual({ ok: true });
    expect(await invitation).toMatchObject({ sessionId: s.sessionId, customerName: 'Lee', mode, from: { name: 'Ada Engineer' } });
    const asked = nextEvent(s.customer, 'colleague:request');
    expect(await request(s.colleague, 'invitation:answer', { sessionId: s.sessionId, accept: true })).toEqual({ ok: true });
    expect(await asked).toMatchObject({ engineer: { name: 'Bea Colleague' }, from: { name: 'Ada Engineer' }, mode });
  }

  const timeline = async (sessionId: string) =>
    (await ctx.server.store.sessions.timeline(sessionId)).map((e) => `${e.actor.name}: ${e.payload.type}`);

  it('lists the engineers online, the caller excluded', async () => {
    const s = await withColleague();
    const listed = await request(s.engineer, 'colleagues:list', {});
    expect(listed).toMatchObject({ ok: true, colleagues: [{ id: s.colleagueId, name: 'Bea Colleague', organisation: 'Acme Support' }] });
  });

  it('lets a watcher in only once the customer allows it, relays only between the customer and them, and lets the customer remove them at once', async () => {
    const s = await withColleague();
    await invite(s, 'watch');
    // Before the customer answers, the colleague is nobody in the session.
    expect(await request(s.colleague, 'signal:relay', { data: offer })).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
    const started = nextEvent(s.colleague, 'watch:started');
    const watchersSeen = nextEvent(s.engineer, 'session:watchers');
    expect(await request(s.customer, 'colleague:respond', { granted: true })).toEqual({ ok: true });
    expect((await started).session.id).toBe(s.sessionId);
    expect((await watchersSeen).watchers.map((w) => w.name)).toEqual(['Bea Colleague']);

    // Customer → watcher and back, each tagged with the side connection; the engineer sees none of it.
    const atWatcher = nextEvent(s.colleague, 'signal:relay');
    expect(await request(s.customer, 'signal:relay', { data: offer, to: s.colleagueId })).toEqual({ ok: true });
    expect(await atWatcher).toEqual({ data: offer, peer: s.colleagueId });
    const atCustomer = nextEvent(s.customer, 'signal:relay');
    expect(await request(s.colleague, 'signal:relay', { data: { type: 'answer', sdp: 'v=0' } })).toEqual({ ok: true });
    expect(await atCustomer).toEqual({ data: { type: 'answer', sdp: 'v=0' }, peer: s.colleagueId });
    // Only the customer opens side connections.
    expect(await request(s.engineer, 'signal:relay', { data: offer, to: s.colleagueId })).toMatchObject({ error: { code: 'forbidden' } });

    // A watcher is no member: chat, control and ending the session are refused.
    expect(await request(s.colleague, 'session:end', {})).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
    expect(await request(s.colleague, 'control:request', {})).toMatchObject({ ok: false, error: { code: 'not_in_session' } });

    const ended = nextEvent(s.colleague, 'watch:ended');
    expect(await request(s.customer, 'watcher:remove', { engineerId: s.colleagueId })).toEqual({ ok: true });
    expect(await ended).toEqual({ sessionId: s.sessionId, how: 'removed' });
    expect(await request(s.customer, 'signal:relay', { data: offer, to: s.colleagueId })).toMatchObject({ error: { code: 'not_found' } });
    expect(await timeline(s.sessionId)).toEqual(
      expect.arrayContaining(['Ada Engineer: colleague.invited', 'Bea Colleague: watcher.joined', 'Lee: watcher.left']),
    );
    const left = (await ctx.server.store.sessions.timeline(s.sessionId)).find((e) => e.payload.type === 'watcher.left');
    expect(left?.payload).toEqual({ type: 'watcher.left', name: 'Bea Colleague', how: 'removed' });
  });

  it('keeps the colleague out when the customer says no, and tells both engineers', async () => {
    const s = await withColleague();
    await invite(s, 'watch');
    const toColleague = nextEvent(s.colleague, 'invitation:closed');
    const toEngineer = nextEvent(s.engineer, 'invitation:closed');
    expect(await request(s.customer, 'colleague:respond', { granted: false })).toEqual({ ok: true });
    expect((await toColleague).reason).toBe('declined_by_customer');
    expect((await toEngineer).engineer.name).toBe('Bea Colleague');
    expect(await request(s.colleague, 'signal:relay', { data: offer })).toMatchObject({ error: { code: 'not_in_session' } });
    expect(await timeline(s.sessionId)).toContain('Lee: colleague.refused');
    // The question was answered once: a second answer finds nothing to answer.
    expect(await request(s.customer, 'colleague:respond', { granted: true })).toMatchObject({ error: { code: 'invalid_state' } });
  });

  it('hands the session over: the colleague becomes its engineer, the first one leaves, and the ticket follows', async () => {
    const s = await withColleague();
    await invite(s, 'handover');
    const seen = [s.customer, s.engineer, s.colleague].map((c) => nextEvent(c, 'session:handover'));
    expect(await request(s.customer, 'colleague:respond', { granted: true })).toEqual({ ok: true });
    for (const payload of await Promise.all(seen)) {
      expect(payload).toMatchObject({
        from: { name: 'Ada Engineer' },
        to: { name: 'Bea Colleague' },
        session: { engineer: { name: 'Bea Colleague' } },
      });
    }
    // The new engineer relays to the customer; the old one is out.
    const atCustomer = nextEvent(s.customer, 'signal:relay');
    expect(await request(s.colleague, 'signal:relay', { data: offer })).toEqual({ ok: true });
    expect(await atCustomer).toEqual({ data: offer });
    expect(await request(s.engineer, 'signal:relay', { data: offer })).toMatchObject({ error: { code: 'not_in_session' } });
    expect(await request(s.engineer, 'session:claim', { code: s.created.code })).toMatchObject({ ok: false });

    const ended = nextEvent(s.customer, 'session:ended');
    expect(await request(s.colleague, 'session:end', {})).toEqual({ ok: true });
    const { ticketId } = await ended;
    const ticket = await ctx.server.store.tickets.get(ticketId!);
    expect(ticket?.assigneeName).toBe('Bea Colleague');
    expect(await timeline(s.sessionId)).toEqual(
      expect.arrayContaining(['Ada Engineer: session.handedOver', 'Bea Colleague: session.ended']),
    );
  });

  it('refuses invitations that are not open, and closes them when the session ends', async () => {
    const s = await withColleague();
    expect(await request(s.colleague, 'invitation:answer', { sessionId: s.sessionId, accept: true })).toMatchObject({
      error: { code: 'not_found' },
    });
    expect(await request(s.engineer, 'colleague:invite', { engineerId: 'nobody-online', mode: 'watch' })).toMatchObject({
      error: { code: 'not_found' },
    });
    const invitation = nextEvent(s.colleague, 'colleague:invitation');
    await request(s.engineer, 'colleague:invite', { engineerId: s.colleagueId, mode: 'watch' });
    await invitation;
    const closed = nextEvent(s.colleague, 'invitation:closed');
    await request(s.customer, 'session:end', {});
    expect((await closed).reason).toBe('session_ended');
    expect(await request(s.colleague, 'invitation:answer', { sessionId: s.sessionId, accept: true })).toMatchObject({
      error: { code: 'not_found' },
    });
  });

  it('ends watching with the session, and files the watcher leaving before the end', async () => {
    const s = await withColleague();
    await invite(s, 'watch');
    await request(s.customer, 'colleague:respond', { granted: true });
    const ended = nextEvent(s.colleague as TestClient, 'watch:ended');
    await request(s.engineer, 'session:end', {});
    expect((await ended).how).toBe('session-ended');
    const types = await timeline(s.sessionId);
    expect(types.indexOf('Firstline: watcher.left')).toBeLessThan(types.indexOf('Ada Engineer: session.ended'));
  });
});
