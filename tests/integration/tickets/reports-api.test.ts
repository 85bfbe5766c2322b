import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, createEngineer, login, openActiveSession, request } from '../../support/test-server';

describe('reports API', () => {
  const ctx = withTestServer();

  it('gives admins the figures for recent sessions; engineers are refused', async () => {
    const api = httpClient(ctx.server.url);
    for (let i = 0; i < 3; i += 1) {
      const { customer, created } = await openActiveSession(ctx.server, ctx.track);
      if (!created.ok) throw new Error('create failed');
      await request(customer, 'diagnostics:record', {
        sections: [],
        findings: [{ rule: 'disk_full', severity: 'warning', evidence: { usePercent: 95 } }],
      });
      await request(customer, 'session:end', {});
      await api('/api/sessions/rating', { body: { customerToken: created.customerToken, score: 3 + (i % 2) } });
    }
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const { report } = (await api('/api/reports', { cookie: admin })).json;
    expect(report.sessions).toBe(3);
    expect(report.sessionsPerDay.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBe(3);
    expect(report.averageRating).toBe(3.33);
    expect(report.topFindings).toEqual([{ rule: 'disk_full', count: 3 }]);
    expect(report.medianTimeToAnswerMs).toBeGreaterThanOrEqual(0);
    const engineer = await createEngineer(ctx.server);
    expect((await api('/api/reports', { cookie: engineer.cookie })).status).toBe(403);
    expect((await api('/api/reports?from=abc', { cookie: admin })).status).toBe(400);
  });
});
