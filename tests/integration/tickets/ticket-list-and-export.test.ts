import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../signaling-server/src/http/export-format';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, createEngineer, login, type TestServer } from '../../support/test-server';

async function seed(server: TestServer, engineerId: string | null, subject: string, at: number, fields: Record<string, string> = {}) {
  const id = randomUUID();
  await server.store.sessions.insert({
    id,
    customerName: fields.customer ?? 'Lin',
    description: subject,
    status: 'ended',
    engineerId,
    createdAt: at,
    claimedAt: at,
    endedAt: at + 1,
    endReason: 'engineer_ended',
    customerTokenHash: randomUUID(),
  });
  const ticketId = await server.store.tickets.openForSession(id, at);
  const { customer: _c, ...changes } = fields;
  if (Object.keys(changes).length) await server.store.tickets.update(ticketId, changes, at);
  return ticketId;
}

describe('tickets list and export', () => {
  const ctx = withTestServer();

  it('filters, searches, sorts and pages; engineers get only their own', async () => {
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const ada = await createEngineer(ctx.server, 'Ada');
    const adaId = (await ctx.server.store.users.findByEmail(ada.email))!.id;
    const t1 = await seed(ctx.server, adaId, 'Printer jams', 1000, { priority: 'urgent', category: 'Printing' });
    const t2 = await seed(ctx.server, null, 'VPN drops', 2000, { status: 'resolved', category: 'Network' });
    const t3 = await seed(ctx.server, adaId, 'Printer offline', 3000, { priority: 'low', category: 'Printing', customer: 'Sam Ortiz' });

    const list = async (query: string, cookie = admin) => (await api(`/api/tickets?${query}`, { cookie })).json;
    expect((await list('')).tickets.map((t: { id: number }) => t.id)).toEqual([t3, t2, t1]);
    expect((await list('q=printer')).total).toBe(2);
    expect((await list('q=SAM ortiz')).tickets.map((t: { id: number }) => t.id)).toEqual([t3]);
    expect((await list('status=resolved')).tickets.map((t: { id: number }) => t.id)).toEqual([t2]);
    expect((await list('category=printing&sort=priority')).tickets.map((t: { id: number }) => t.id)).toEqual([t1, t3]);
    expect((await list('from=1500&to=3500&sort=created&order=asc')).tickets.map((t: { id: number }) => t.id)).toEqual([t2, t3]);
    const page2 = await list('pageSize=2&page=2');
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.tickets.map((t: { id: number }) => t.id)).toEqual([t1]);
    expect((await list('', ada.cookie)).tickets.map((t: { id: number }) => t.id)).toEqual([t3, t1]);
    // Seeded long ago with nobody answering: every ticket is past its first-response target.
    const sla = (await list('')).tickets[0].sla;
    expect(sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: true });
    expect((await list('')).tickets.find((t: { id: number }) => t.id === t1).sla.firstResponseDueAt).toBe(1000 + 15 * 60_000);
    expect((await api('/api/tickets?status=bogus', { cookie: admin })).status).toBe(400);
    expect((await api('/api/tickets?pageSize=5000', { cookie: admin })).status).toBe(400);
  });

  it('exports the current filter as CSV and JSON, escaped and safe to open in a spreadsheet', async () => {
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    await seed(ctx.server, null, '=HYPERLINK("http://evil.example","click")', 1000, { category: 'Spreadsheets' });
    await seed(ctx.server, null, 'Comma, "quotes"\nand a new line', 2000);

    const csv = await fetch(`${ctx.server.url}/api/tickets/export?format=csv&sort=created&order=asc`, { headers: { cookie: admin } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('firstline-tickets.csv');
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe(
      'id,subject,customer,customer_email,organisation,status,outcome,priority,category,assignee,tags,sessions,created,updated,resolved,resolution',
    );
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(lines[2]).toContain('"Comma, ""quotes""\nand a new line"');

    const json = await (
      await fetch(`${ctx.server.url}/api/tickets/export?format=json&category=spreadsheets`, { headers: { cookie: admin } })
    ).json();
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ category: 'Spreadsheets', subject: '=HYPERLINK("http://evil.example","click")' });
  });

  it('neutralises every formula prefix in a CSV cell', () => {
    for (const prefix of ['=', '+', '-', '@', '\t']) expect(csvCell(`${prefix}1+1`).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});
