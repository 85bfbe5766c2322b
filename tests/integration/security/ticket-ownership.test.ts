import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { createEngineer, finishedSession } from '../../support/test-server';

describe("one ownership rule: an engineer never reaches another engineer's ticket", () => {
  const ctx = withTestServer();

  it('refuses to link a session into a ticket the engineer may not open, so nothing of it can be read, edited or escalated', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bob = await createEngineer(ctx.server, 'Bob');
    const mine = await finishedSession(ctx.server, ctx.track, ada.cookie, 'Printer offline');
    const theirs = await finishedSession(ctx.server, ctx.track, bob.cookie, 'Payroll export fails');

    const link = await api(`/api/sessions/${mine.sessionId}/link`, { body: { ticketId: theirs.ticketId }, cookie: ada.cookie });
    expect(link.status).toBe(403);
    expect(link.json.error.code).toBe('forbidden');
    // Nothing moved: Ada's session is still in her own ticket, and Bob's ticket is still closed to her.
    expect((await ctx.server.store.sessions.get(mine.sessionId))?.ticketId).toBe(mine.ticketId);
    expect((await api(`/api/tickets/${theirs.ticketId}`, { cookie: ada.cookie })).status).toBe(403);
    expect((await api(`/api/tickets/${theirs.ticketId}`, { method: 'PATCH', body: { status: 'closed' }, cookie: ada.cookie })).status).toBe(
      403,
    );
    const escalate = { assigneeId: ada.id, reason: 'mine now' };
    expect((await api(`/api/tickets/${theirs.ticketId}/escalate`, { body: escalate, cookie: ada.cookie })).status).toBe(403);

    // Into her own tickets she may still link.
    const other = await finishedSession(ctx.server, ctx.track, ada.cookie, 'Printer offline again');
    expect((await api(`/api/sessions/${other.sessionId}/link`, { body: { ticketId: mine.ticketId }, cookie: ada.cookie })).status).toBe(
      200,
    );
  });

  it("keeps search to the engineer's own tickets: another's chat, subject and notes never match", async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bob = await createEngineer(ctx.server, 'Bob');
    const theirs = await finishedSession(ctx.server, ctx.track, bob.cookie, 'Quarterly payroll export fails');
    await api(`/api/sessions/${theirs.sessionId}/notes`, { body: { text: 'payroll admin password is in the vault' }, cookie: bob.cookie });
    await api(`/api/tickets/${theirs.ticketId}`, {
      method: 'PATCH',
      body: { customerEmail: 'cfo@bakery.example', customerOrganisation: 'Acme Bakery' },
      cookie: bob.cookie,
    });
    const mine = await finishedSession(ctx.server, ctx.track, ada.cookie, 'Payroll printer jams');

    const adaFinds = await api('/api/tickets/search?q=payroll', { cookie: ada.cookie });
    expect(adaFinds.status).toBe(200);
    expect(adaFinds.json.tickets.map((t: { id: number }) => t.id)).toEqual([mine.ticketId]);
    for (const q of ['vault', 'bakery', 'cfo@'])
      expect((await api(`/api/tickets/search?q=${q}`, { cookie: ada.cookie })).json.tickets).toEqual([]);
    const bobFinds = await api('/api/tickets/search?q=vault', { cookie: bob.cookie });
    expect(bobFinds.json.tickets.map((t: { id: number }) => t.id)).toEqual([theirs.ticketId]);
    // Admins search everything.
    const admin = await api('/api/auth/login', { body: { email: 'admin@test.local', password: ctx.server.adminPassword } });
    expect((await api('/api/tickets/search?q=payroll', { cookie: admin.cookie })).json.tickets).toHaveLength(2);
  });
});
