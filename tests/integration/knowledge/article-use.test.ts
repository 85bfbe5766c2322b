import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import { ADMIN_EMAIL, connectClient, createEngineer, login, request } from '../../support/test-server';

const DNS_ARTICLE = {
  title: 'Websites do not open, but the network is connected',
  body: 'Set the DNS server to automatic, then run `ipconfig /flushdns`.',
  tags: ['dns_failure', 'browser'],
  category: 'Network',
  language: 'en',
};

describe.each(backends)('knowledge base in use on $name', (backend) => {
  const ctx = withTestServer(() => ({ knowledgeRefreshMs: 0, helpGuard: { failures: 5 } }), backend);

  it('writes a ticket up as a draft with the customer’s data removed, only for those who worked it', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    const customer = ctx.track(await connectClient(ctx.server.url));
    const created = await request(customer, 'session:create', {
      customerName: 'Nguyễn Văn An',
      customerEmail: 'an.nguyen@example.com',
      description: 'Outlook keeps asking An for the password of an.nguyen@example.com',
    });
    if (!created.ok) throw new Error('create failed');
    await request(engineer, 'session:claim', { code: created.code });
    await request(customer, 'consent:respond', { granted: true });
    await request(customer, 'diagnostics:record', {
      sections: [],
      findings: [{ rule: 'dns_failure', severity: 'critical', evidence: {} }],
    });
    const sessionId = created.session.id;
    await api(`/api/sessions/${sessionId}/notes`, {
      cookie: ada.cookie,
      body: { text: 'Called Nguyễn on +84 912 345 678; profile at C:\\Users\\an.nguyen\\AppData, laptop SN 5CD1234XYZ, IP 10.0.4.17' },
    });
    await request(engineer, 'session:end', {});
    const ticketId = (await ctx.server.store.sessions.get(sessionId))!.ticketId!;
    await api(`/api/tickets/${ticketId}`, {
      method: 'PATCH',
      cookie: ada.cookie,
      body: { resolutionSummary: 'Removed the saved password for An and signed in again.', category: 'Email', tags: ['outlook'] },
    });

    const draft = await api('/api/knowledge/articles/from-ticket', { cookie: ada.cookie, body: { ticketId } });
    expect(draft.status).toBe(201);
    const article = draft.json.article;
    expect(article).toMatchObject({ status: 'draft', language: 'en', category: 'Email', authorName: 'Ada' });
    expect(article.tags).toEqual(expect.arrayContaining(['outlook', 'dns_failure']));
    expect(article.body).toContain('## Problem');
    expect(article.body).toContain('- dns_failure');
    expect(article.body).toContain('Removed the saved password for [customer] and signed in again.');
    const everything = `${article.title}\n${article.body}`;
    for (const secret of ['Nguyễn', 'An ', 'an.nguyen', 'example.com', '912 345', '5CD1234XYZ', '10.0.4.17'])
      expect(everything).not.toContain(secret);
    expect(everything).toContain('[email]');
    expect(everything).toContain('[phone]');
    expect(everything).toContain('C:\\Users\\[user]');
    expect(article.tickets).toEqual([expect.objectContaining({ ticketId, relation: 'source' })]);

    // Another engineer, who did not work the ticket, cannot read it through a draft.
    const bob = await createEngineer(ctx.server, 'Bob');
    expect((await api('/api/knowledge/articles/from-ticket', { cookie: bob.cookie, body: { ticketId } })).status).toBe(403);
    expect((await api('/api/knowledge/articles/from-ticket', { cookie: bob.cookie, body: { ticketId: 99999 } })).status).toBe(404);
  });

  it('suggests articles for the problem and the findings, records their use on the timeline and in the report', async () => {
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const dns = (await api('/api/knowledge/articles', { cookie: admin, body: DNS_ARTICLE })).json.article;
    const other = (
      await api('/api/knowledge/articles', {
        cookie: admin,
        body: { title: 'Browser opens slowly', body: 'Remove extensions.', tags: ['browser'], category: 'Browser', language: 'en' },
      })
    ).json.article;
    for (const a of [dns, other]) await api(`/api/knowledge/articles/${a.id}/status`, { cookie: admin, body: { status: 'published' } });

    const ada = await createEngineer(ctx.server, 'Ada');
    const byFinding = (
      await api('/api/knowledge/suggestions?text=the%20internet%20is%20broken&findings=dns_failure', { cookie: ada.cookie })
    ).json.suggestions;
    expect(byFinding[0]).toMatchObject({ id: dns.id, title: DNS_ARTICLE.title });
    expect(byFinding[0].excerpt).toBe('Set the DNS server to automatic, then run ipconfig /flushdns.');
    // A typo in a word is forgiven.
    const typo = (await api('/api/knowledge/suggestions?text=websites%20dont%20opne', { cookie: ada.cookie })).json.suggestions;
    expect(typo[0].id).toBe(dns.id);

    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    const customer = ctx.track(await connectClient(ctx.server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lin', description: 'Websites do not open' });
    if (!created.ok) throw new Error('create failed');
    await request(engineer, 'session:claim', { code: created.code });
    await request(customer, 'consent:respond', { granted: true });
    const sessionId = created.session.id;
    expect((await api(`/api/knowledge/articles/${dns.id}/sent`, { cookie: ada.cookie, body: { sessionId } })).status).toBe(200);
    expect((await api(`/api/knowledge/articles/${dns.id}/solved`, { cookie: ada.cookie, body: { sessionId } })).status).toBe(200);
    // Only the session's engineer (or an admin) records uses in it.
    const bob = await createEngineer(ctx.server, 'Bob');
    expect((await api(`/api/knowledge/articles/${dns.id}/solved`, { cookie: bob.cookie, body: { sessionId } })).status).toBe(403);
    await request(engineer, 'session:end', {});

    const timeline = await ctx.server.store.sessions.timeline(sessionId);
    expect(timeline.filter((e) => e.payload.type.startsWith('article.')).map((e) => [e.payload.type, e.actor.name])).toEqual([
      ['article.sent', 'Ada'],
      ['article.solved', 'Ada'],
    ]);
    const ticketId = (await ctx.server.store.sessions.get(sessionId))!.ticketId!;
    const linked = (await api(`/api/knowledge/articles/${dns.id}`, { cookie: ada.cookie })).json.article.tickets;
    expect(linked).toEqual([expect.objectContaining({ ticketId, relation: 'solved', subject: 'Websites do not open' })]);

    // A customer finds the answer alone: a deflection, no session, no ticket.
    const sessionsBefore = (await ctx.server.store.sessions.query({ page: 1, pageSize: 50 } as never, undefined, Date.now())).total;
    const help = (await api('/api/knowledge/help?text=websites%20dont%20open&language=en')).json.suggestions;
    expect(help[0].id).toBe(dns.id);
    expect((await api(`/api/knowledge/help/${dns.id}/deflected`, { body: { language: 'en' } })).status).toBe(200);
    expect((await ctx.server.store.sessions.query({ page: 1, pageSize: 50 } as never, undefined, Date.now())).total).toBe(sessionsBefore);

    // A ticket in a category with no published article is a gap.
    await api(`/api/tickets/${ticketId}`, { method: 'PATCH', cookie: admin, body: { category: 'Printing' } });
    const report = (await api(`/api/knowledge/report?from=0&to=${Date.now() + 1000}`, { cookie: admin })).json.report;
    expect(report).toMatchObject({ deflections: 1, ticketsSolvedWithArticle: 1, gaps: [{ category: 'Printing', tickets: 1 }] });
    expect(report.mostUsed[0]).toMatchObject({ id: dns.id, sent: 1, solved: 1, deflections: 1 });
    expect((await api(`/api/knowledge/report?from=0&to=1`, { cookie: ada.cookie })).status).toBe(403);
  });

  it('limits what one address may ask of the public endpoint, and shows customers nothing but published articles', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const draft = (await api('/api/knowledge/articles', { cookie: ada.cookie, body: DNS_ARTICLE })).json.article;
    expect((await api(`/api/knowledge/help/${draft.id}?language=en`)).status).toBe(404);
    expect((await api(`/api/knowledge/help/${draft.id}/deflected`, { body: { language: 'en' } })).status).toBe(404);
    expect((await api('/api/knowledge/help?text=x&language=en')).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api('/api/knowledge/help?text=dns%20broken&language=en')).status);
    // Five requests a minute in this test (the first three above count): the rest are refused.
    expect(statuses).toEqual([200, 200, 429, 429]);
    const refused = await fetch(`${ctx.server.url}/api/knowledge/help?text=dns&language=en`);
    const { error } = (await refused.json()) as { error: { code: string; retryAfterSeconds: number } };
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    // How long to wait, in the body for the page and in Retry-After for any HTTP client.
    expect(Number(refused.headers.get('retry-after'))).toBe(error.retryAfterSeconds);
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
  });
});
