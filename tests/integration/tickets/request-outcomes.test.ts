import { describe, expect, it, vi } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, connectClient, createEngineer, login, nextEvent, request, type TestClient } from '../../support/test-server';

/**
 * A request that ends without help (cancelled, declined, expired, nobody on duty, the customer
 * gone) is filed closed with how it ended, outside the SLA, and out of the open-work list unless
 * asked for; a helped one stays open work under the SLA.
 */
describe('tickets of requests that ended without help', () => {
  let clock = Date.now();
  const ctx = withTestServer(() => ({ now: () => clock, sweepIntervalMs: 60_000 }));
  const MINUTE = 60_000;

  async function ask(description: string): Promise<{ customer: TestClient; sessionId: string; code: string }> {
    const customer = ctx.track(await connectClient(ctx.server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description });
    if (!created.ok) throw new Error(created.error.message);
    return { customer, sessionId: created.session.id, code: created.code };
  }
  const ticketOf = async (sessionId: string) => (await ctx.server.store.sessions.get(sessionId))!.ticketId!;

  it('files each way a request can end unhelped, closed with its outcome, and keeps them out of the work list', async () => {
    clock = Date.now();
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);

    // Nobody on duty: the code runs out with no engineer watching the queue.
    const unanswered = await ask('Nobody there at night');
    clock += 10 * MINUTE + 1;
    await ctx.server.app.sessions.sweepExpired();

    const ada = await createEngineer(ctx.server, 'Ada');
    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    await request(engineer, 'queue:watch', {});

    // An engineer was watching, and nobody took it in time.
    const untaken = await ask('Waited too long');
    clock += 10 * MINUTE + 1;
    await ctx.server.app.sessions.sweepExpired();

    // The customer cancels after waiting a while (a request cancelled within seconds files nothing).
    const cancelled = await ask('Never mind, it works now');
    clock += 2 * MINUTE;
    await request(cancelled.customer, 'session:end', {});

    // The customer declines the engineer's request to connect.
    const declined = await ask('Changed my mind');
    await request(engineer, 'session:claim', { code: declined.code });
    await request(declined.customer, 'consent:respond', { granted: false });

    // The customer closes the window while waiting and does not come back.
    const gone = await ask('Closed the window');
    gone.customer.disconnect();
    await vi.waitFor(async () => expect((await ctx.server.store.sessions.get(gone.sessionId))?.status).toBe('ended'), { timeout: 5000 });

    // And one that got help: it stays open work, under the SLA.
    const helped = await ask('Printer offline');
    await request(engineer, 'session:claim', { code: helped.code });
    await request(helped.customer, 'consent:respond', { granted: true });
    const ended = nextEvent(helped.customer, 'session:ended');
    await request(engineer, 'session:end', {});
    await ended;

    const expected = [
      [unanswered, 'no_engineer'],
      [untaken, 'expired'],
      [cancelled, 'cancelled'],
      [declined, 'declined'],
      [gone, 'abandoned'],
    ] as const;
    for (const [request_, outcome] of expected) {
      const ticket = (await api(`/api/tickets/${await ticketOf(request_.sessionId)}`, { cookie: admin })).json.ticket;
      expect(ticket).toMatchObject({ status: 'closed', outcome });
      expect(ticket.sla).toBeUndefined();
    }
    const helpedTicket = (await api(`/api/tickets/${await ticketOf(helped.sessionId)}`, { cookie: admin })).json.ticket;
    expect(helpedTicket).toMatchObject({ status: 'open', outcome: null, sla: { resolutionBreached: false } });

    // The work list shows only the helped one; every request on asking; one outcome on asking.
    const ids = async (query: string) =>
      (await api(`/api/tickets${query}`, { cookie: admin })).json.tickets.map((t: { id: number }) => t.id).sort();
    expect(await ids('')).toEqual([await ticketOf(helped.sessionId)]);
    expect(await ids('?outcome=any')).toHaveLength(6);
    expect(await ids('?outcome=declined')).toEqual([await ticketOf(declined.sessionId)]);
    expect((await api('/api/tickets?outcome=lost', { cookie: admin })).status).toBe(400);
    const csv = await fetch(`${ctx.server.url}/api/tickets/export?outcome=any`, { headers: { cookie: admin } });
    expect(await csv.text()).toMatch(/no_engineer/);

    // The report's SLA compliance counts only the helped ticket (still within its SLA).
    const report = (await api(`/api/reports?from=${clock - 60 * MINUTE}&to=${clock + MINUTE}`, { cookie: admin })).json.report;
    expect(report.slaCompliance).toBe(1);

    // Reopened, a declined request becomes open work, under the SLA again.
    const declinedTicket = await ticketOf(declined.sessionId);
    expect((await api(`/api/tickets/${declinedTicket}`, { method: 'PATCH', body: { status: 'open' }, cookie: admin })).status).toBe(200);
    expect((await api(`/api/tickets/${declinedTicket}`, { cookie: admin })).json.ticket).toMatchObject({
      status: 'open',
      outcome: null,
      sla: { firstResponseBreached: false },
    });
    expect(await ids('')).toContain(declinedTicket);
  });
});
