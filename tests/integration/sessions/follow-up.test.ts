import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import { connectClient, createEngineer, nextEvent, request, sendRaw } from '../../support/test-server';

/**
 * Closed-loop follow-up: a customer is told their request's reference (its ticket number) when it
 * ends, names it when they ask again, and the engineer files the new session with the earlier one.
 */
describe.each(backends)('a follow-up request names the earlier reference, on $name', (backend) => {
  const ctx = withTestServer(undefined, backend.name === 'SQLite' ? undefined : backend);

  it('tells the customer the reference, carries it to the engineer and files the follow-up with it', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    await request(engineer, 'queue:watch', {});

    // The first request ends, and the customer is given its reference.
    const first = ctx.track(await connectClient(ctx.server.url));
    const created = await request(first, 'session:create', { customerName: 'Mai', description: 'Printer offline' });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.session.earlierTicketId).toBeNull();
    await request(engineer, 'session:claim', { sessionId: created.session.id });
    await request(first, 'consent:respond', { granted: true });
    const told = nextEvent(first, 'session:ended');
    await request(engineer, 'session:end', {});
    const reference = (await told).ticketId!;
    expect(reference).toEqual(expect.any(Number));

    // Asking again with it: the queue, a newcomer's snapshot, the claim and the stored row carry it.
    const again = ctx.track(await connectClient(ctx.server.url));
    const added = nextEvent(engineer, 'queue:changed');
    const followUp = await request(again, 'session:create', {
      customerName: 'Mai',
      description: 'Printer offline again',
      earlierTicketId: reference,
    });
    if (!followUp.ok) throw new Error(followUp.error.message);
    expect(followUp.session.earlierTicketId).toBe(reference);
    expect(await added).toMatchObject({ op: 'added', entry: { id: followUp.session.id, earlierTicketId: reference } });
    expect(await request(engineer, 'queue:watch', {})).toMatchObject({
      ok: true,
      queue: [expect.objectContaining({ id: followUp.session.id, earlierTicketId: reference })],
    });
    const claimed = await request(engineer, 'session:claim', { sessionId: followUp.session.id });
    expect(claimed.ok && claimed.session.earlierTicketId).toBe(reference);
    expect(await ctx.server.store.sessions.get(followUp.session.id)).toMatchObject({ earlierTicketId: reference });
    await request(again, 'consent:respond', { granted: true });
    await request(engineer, 'session:end', {});

    // The engineer finds the earlier ticket by the reference as the customer quotes it, and files the follow-up there.
    const found = await api(`/api/tickets/search?q=${encodeURIComponent(`#${reference}`)}`, { cookie: ada.cookie });
    expect(found.json.tickets.map((t: { id: number }) => t.id)).toContain(reference);
    const linked = await api(`/api/sessions/${followUp.session.id}/link`, { body: { ticketId: reference }, cookie: ada.cookie });
    expect(linked.json).toEqual({ ok: true, ticketId: reference });
    const ticket = (await api(`/api/tickets/${reference}`, { cookie: ada.cookie })).json.ticket;
    expect(ticket.sessions.map((s: { id: string }) => s.id)).toEqual([created.session.id, followUp.session.id]);
    expect(ticket.sessions[1]).toMatchObject({ earlierTicketId: reference });

    // A reference is only a number to another engineer: searching it shows them no one else's ticket.
    const bob = await createEngineer(ctx.server, 'Bob');
    const theirs = await api(`/api/tickets/search?q=${encodeURIComponent(`#${reference}`)}`, { cookie: bob.cookie });
    expect(theirs.json.tickets).toEqual([]);
  });

  it('refuses a reference that is not a ticket number, naming the field, and queues nothing', async () => {
    const ada = await createEngineer(ctx.server, 'Ada');
    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    const customer = ctx.track(await connectClient(ctx.server.url));
    for (const earlierTicketId of [0, -4, 1.5, '42', 2 ** 31, null, { id: 1 }]) {
      const refused = await sendRaw(customer, 'session:create', { customerName: 'Mai', description: 'Printer', earlierTicketId });
      expect(refused, JSON.stringify(earlierTicketId)).toMatchObject({
        ok: false,
        error: { code: 'invalid_payload', field: { path: ['earlierTicketId'] } },
      });
    }
    expect(await request(engineer, 'queue:watch', {})).toEqual({ ok: true, queue: [] });
  });
});
