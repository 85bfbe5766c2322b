import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, createEngineer, finishedSession, login } from '../../support/test-server';

describe("engineers' work on tickets", () => {
  const ctx = withTestServer();

  it('notes, fields and status by the engineer who did the work; not by another', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bob = await createEngineer(ctx.server, 'Bob');
    const { sessionId, ticketId } = await finishedSession(ctx.server, ctx.track, ada.cookie, 'VPN drops every hour');

    expect((await api(`/api/sessions/${sessionId}/notes`, { body: { text: 'Router firmware is old' }, cookie: ada.cookie })).status).toBe(
      200,
    );
    expect((await api(`/api/sessions/${sessionId}/notes`, { body: { text: 'Not mine' }, cookie: bob.cookie })).status).toBe(403);
    const update = { status: 'resolved', category: 'Network', resolutionSummary: 'Updated router firmware', priority: 'high' };
    expect((await api(`/api/tickets/${ticketId}`, { method: 'PATCH', body: update, cookie: bob.cookie })).status).toBe(403);
    expect((await api(`/api/tickets/${ticketId}`, { method: 'PATCH', body: { colour: 'red' }, cookie: ada.cookie })).status).toBe(400);
    expect((await api(`/api/tickets/${ticketId}`, { method: 'PATCH', body: update, cookie: ada.cookie })).status).toBe(200);

    const detail = (await api(`/api/tickets/${ticketId}`, { cookie: ada.cookie })).json.ticket;
    expect(detail).toMatchObject({
      status: 'resolved',
      category: 'Network',
      resolutionSummary: 'Updated router firmware',
      priority: 'high',
    });
    expect(detail.resolvedAt).toEqual(expect.any(Number));
    expect(detail.sessions[0].timeline.map((e: { payload: { type: string } }) => e.payload.type).slice(-2)).toEqual([
      'note.added',
      'ticket.updated',
    ]);
    expect((await api('/api/tickets', { cookie: ada.cookie })).json.tickets.map((t: { id: number }) => t.id)).toEqual([ticketId]);
    expect((await api('/api/tickets', { cookie: bob.cookie })).json.tickets).toEqual([]);
    expect((await api(`/api/tickets/${ticketId}`, { cookie: bob.cookie })).status).toBe(403);

    await api(`/api/tickets/${ticketId}`, { method: 'PATCH', body: { status: 'open' }, cookie: ada.cookie });
    expect((await api(`/api/tickets/${ticketId}`, { cookie: ada.cookie })).json.ticket.resolvedAt).toBeNull();

    const customerFields = { customerEmail: 'lin@example.com', customerOrganisation: 'Acme Bakery', tags: ['VPN', 'router', 'vpn'] };
    expect(
      (await api(`/api/tickets/${ticketId}`, { method: 'PATCH', body: { customerEmail: 'not an email' }, cookie: ada.cookie })).status,
    ).toBe(400);
    expect((await api(`/api/tickets/${ticketId}`, { method: 'PATCH', body: { tags: ['has space'] }, cookie: ada.cookie })).status).toBe(
      400,
    );
    expect((await api(`/api/tickets/${ticketId}`, { method: 'PATCH', body: customerFields, cookie: ada.cookie })).status).toBe(200);
    const tagged = (await api(`/api/tickets?tag=vpn`, { cookie: ada.cookie })).json.tickets;
    expect(tagged).toMatchObject([
      { id: ticketId, customerEmail: 'lin@example.com', customerOrganisation: 'Acme Bakery', tags: ['router', 'vpn'] },
    ]);
  });

  it('shows a session with its timeline to the engineer who took it and to admins, to no one else', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bob = await createEngineer(ctx.server, 'Bob');
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const { sessionId } = await finishedSession(ctx.server, ctx.track, ada.cookie, 'Screen flickers');

    const own = (await api(`/api/sessions/${sessionId}`, { cookie: ada.cookie })).json.session;
    expect(own).toMatchObject({ id: sessionId, engineerName: 'Ada', status: 'ended' });
    expect(own.timeline.map((e: { payload: { type: string } }) => e.payload.type)).toContain('session.ended');
    expect((await api(`/api/sessions/${sessionId}`, { cookie: bob.cookie })).status).toBe(403);
    expect((await api(`/api/sessions/${sessionId}`, { cookie: admin })).status).toBe(200);
    expect((await api(`/api/sessions/${sessionId}`)).status).toBe(401);
    expect((await api('/api/sessions', { cookie: ada.cookie })).json).toMatchObject({
      total: 1,
      sessions: [{ id: sessionId, ticketSubject: 'Screen flickers' }],
    });
    expect((await api('/api/sessions', { cookie: bob.cookie })).json).toMatchObject({ total: 0, sessions: [] });
    expect((await api('/api/sessions?rating=9', { cookie: admin })).status).toBe(400);
    const csv = async (cookie: string) =>
      (await (await fetch(`${ctx.server.url}/api/sessions/export?format=csv`, { headers: { cookie } })).text()).trim().split('\r\n');
    const adaRows = await csv(ada.cookie);
    expect(adaRows[0]).toBe(
      'id,ticket,subject,customer,customer_email,customer_language,earlier_reference,engineer,status,outcome,started,answered,ended,duration_s,rating,rating_comment,priority,category,sla_breached',
    );
    expect(adaRows).toHaveLength(2);
    expect(adaRows[1]).toContain('Screen flickers');
    expect(await csv(bob.cookie)).toHaveLength(1);
    const json = await (
      await fetch(`${ctx.server.url}/api/sessions/export?format=json&outcome=engineer_ended`, { headers: { cookie: admin } })
    ).json();
    expect(json).toMatchObject([{ id: sessionId, endReason: 'engineer_ended' }]);
    expect((await api('/api/sessions?slaBreached=maybe', { cookie: admin })).status).toBe(400);
  });

  it('links a follow-up session to the existing ticket and escalates it to a colleague', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bob = await createEngineer(ctx.server, 'Bob');
    const first = await finishedSession(ctx.server, ctx.track, ada.cookie, 'Outlook will not start');
    const second = await finishedSession(ctx.server, ctx.track, ada.cookie, 'Outlook again');

    const found = (await api('/api/tickets/search?q=outlook WILL', { cookie: ada.cookie })).json.tickets;
    expect(found.map((t: { id: number }) => t.id)).toEqual([first.ticketId]);
    expect((await api('/api/tickets/search?q=lin chen', { cookie: ada.cookie })).json.tickets).toHaveLength(2);
    expect((await api(`/api/sessions/${second.sessionId}/link`, { body: { ticketId: first.ticketId }, cookie: ada.cookie })).json).toEqual({
      ok: true,
      ticketId: first.ticketId,
    });
    expect((await ctx.server.store.tickets.get(first.ticketId))?.sessionCount).toBe(2);
    expect(await ctx.server.store.tickets.get(second.ticketId)).toBeUndefined();

    const bobId = (await ctx.server.store.users.findByEmail(bob.email))!.id;
    expect(
      (
        await api(`/api/tickets/${first.ticketId}/escalate`, {
          body: { assigneeId: bobId, reason: 'Needs Exchange admin rights' },
          cookie: ada.cookie,
        })
      ).status,
    ).toBe(200);
    const escalated = (await api(`/api/tickets/${first.ticketId}`, { cookie: bob.cookie })).json.ticket;
    expect(escalated).toMatchObject({ assigneeId: bobId, assigneeName: 'Bob' });
    const events = escalated.sessions.flatMap((s: { timeline: Array<{ payload: { type: string } }> }) =>
      s.timeline.map((e) => e.payload.type),
    );
    expect(events).toContain('session.linked');
    expect(events).toContain('ticket.escalated');

    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    expect((await api('/api/tickets', { cookie: admin })).json.tickets).toHaveLength(1);
  });
});
