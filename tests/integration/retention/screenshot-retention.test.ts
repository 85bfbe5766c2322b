import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '@firstline/protocol';
import { httpClient } from '../../support/http-client';
import { stripedPng } from '../../support/png';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import {
  ADMIN_EMAIL,
  connectClient,
  createEngineer,
  login,
  nextEvent,
  request,
  startTestServer,
  type TestServer,
} from '../../support/test-server';

const DAY = 24 * 60 * 60 * 1000;
const png = stripedPng(64, 48).toString('base64');
const expiredLines = (timeline: TimelineEvent[]) => timeline.filter((e) => e.payload.type === 'screenshots.expired');

/** A session of `engineerEmail`'s with `count` screenshots taken now; the customer's notices are returned. */
async function sessionWithScreenshots(server: TestServer, engineerEmail: string, count: number) {
  const cookie = await login(server.url, engineerEmail, 'engineer-pass-123');
  const api = httpClient(server.url);
  const engineer = await connectClient(server.url, cookie);
  const customer = await connectClient(server.url);
  try {
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Error dialog' });
    if (!created.ok) throw new Error(created.error.message);
    const sessionId = created.session.id;
    await request(engineer, 'session:claim', { sessionId });
    await request(customer, 'consent:respond', { granted: true });
    const ids: string[] = [];
    const notices = [];
    for (let i = 0; i < count; i += 1) {
      const told = nextEvent(customer, 'session:screenshot');
      const taken = await api(`/api/sessions/${sessionId}/screenshots`, { body: { png }, cookie });
      expect(taken.status).toBe(201);
      ids.push(taken.json.screenshot.id as string);
      notices.push(await told);
    }
    await request(engineer, 'session:end', {});
    return { sessionId, ids, notices, cookie };
  } finally {
    engineer.disconnect();
    customer.disconnect();
  }
}

/** The organisation's retention period: screenshots older than it are deleted, once, with a line on their timeline. */
describe.each(backends)('screenshot retention, on $name', (backend) => {
  let clock = Date.now();
  const ctx = withTestServer(() => ({ now: () => clock }), backend.name === 'SQLite' ? undefined : backend);

  it('deletes what is past the period when it is set, once however many sweep at once, and keeps the rest', async () => {
    clock = Date.now();
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    let admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    // Never changed: nobody to name.
    expect((await api('/api/settings/retention', { cookie: admin })).json).toEqual({
      ok: true,
      settings: { screenshotDays: null },
      changed: null,
    });
    // Changed before the audit trail held it: the name kept beside the period then, until the next change.
    await ctx.server.store.settings.set('retention.changed', JSON.stringify({ by: 'Earlier Admin', at: 1_700_000_000_000 }));
    expect((await api('/api/settings/retention', { cookie: admin })).json.changed).toEqual({ by: 'Earlier Admin', at: 1_700_000_000_000 });

    const old = await sessionWithScreenshots(ctx.server, ada.email, 2);
    // Kept until deleted, and the customer is told so (no number of days).
    expect(old.notices.map((n) => n.keptDays)).toEqual([null, null]);
    clock += 20 * DAY;
    const recent = await sessionWithScreenshots(ctx.server, ada.email, 1);
    clock += 15 * DAY;
    admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);

    // Two admins set it at the same moment: each screenshot is deleted once, in one line per session.
    const set = (days: number | null) => api('/api/settings/retention', { method: 'PUT', body: { screenshotDays: days }, cookie: admin });
    const both = await Promise.all([set(30), set(30)]);
    expect(both.map((answer) => answer.json.settings)).toEqual([{ screenshotDays: 30 }, { screenshotDays: 30 }]);
    expect(both[0]!.json.removed + both[1]!.json.removed).toBe(2);
    const lines = expiredLines(await ctx.server.store.sessions.timeline(old.sessionId));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      actor: { role: 'system' },
      at: clock,
      payload: { type: 'screenshots.expired', screenshotIds: [...old.ids].sort(), days: 30 },
    });
    // The lines that they were taken stay; the images are gone.
    expect((await ctx.server.store.sessions.timeline(old.sessionId)).filter((e) => e.payload.type === 'screenshot.taken')).toHaveLength(2);
    expect((await api(`/api/sessions/${old.sessionId}/screenshots`, { cookie: admin })).json.screenshots).toEqual([]);
    const image = await fetch(`${ctx.server.url}/api/sessions/${old.sessionId}/screenshots/${old.ids[0]}`, { headers: { cookie: admin } });
    expect(image.status).toBe(404);
    // The 15-day-old one is within 30 days.
    expect((await api(`/api/sessions/${recent.sessionId}/screenshots`, { cookie: admin })).json.screenshots).toHaveLength(1);
    expect(expiredLines(await ctx.server.store.sessions.timeline(recent.sessionId))).toEqual([]);

    // Saved again: nothing more to delete, no second line.
    expect((await set(30)).json.removed).toBe(0);
    expect(expiredLines(await ctx.server.store.sessions.timeline(old.sessionId))).toHaveLength(1);
    // Shortened: applies at once.
    // Who changed it, and when, is kept and said to the next admin who looks.
    const adminName = (await ctx.server.store.users.findByEmail(ADMIN_EMAIL))!.name;
    expect((await set(10)).json).toEqual({ ok: true, settings: { screenshotDays: 10 }, removed: 1, changed: { by: adminName, at: clock } });
    // From the audit trail, where the change is on record.
    expect((await api('/api/settings/retention', { cookie: admin })).json.changed).toEqual({ by: adminName, at: clock });
    expect((await api('/api/audit?action=retention.updated', { cookie: admin })).json.entries[0]).toMatchObject({
      at: clock,
      actor: { name: adminName },
      details: { screenshotDays: 10 },
    });
    expect((await api(`/api/sessions/${recent.sessionId}/screenshots`, { cookie: admin })).json.screenshots).toEqual([]);

    // A customer whose screenshot is taken now is told how long it is kept.
    const told = await sessionWithScreenshots(ctx.server, ada.email, 1);
    expect(told.notices).toEqual([{ screenshotId: told.ids[0], takenAt: clock, keptDays: 10 }]);
    // Back to keeping them: nothing goes, however old.
    clock += 400 * DAY;
    admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    expect((await set(null)).json).toMatchObject({ ok: true, settings: { screenshotDays: null }, removed: 0, changed: { at: clock } });
    expect((await api(`/api/sessions/${told.sessionId}/screenshots`, { cookie: admin })).json.screenshots).toHaveLength(1);
  });

  it('is changed by admins only, and refuses what is not a whole number of days from 1 to 3650, changing nothing', async () => {
    clock = Date.now();
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const put = (body: unknown, cookie?: string) => api('/api/settings/retention', { method: 'PUT', body, cookie });
    const first = (await put({ screenshotDays: 90 }, admin)).json;
    expect(first.settings).toEqual({ screenshotDays: 90 });

    expect((await put({ screenshotDays: 1 })).status).toBe(401);
    expect((await put({ screenshotDays: 1 }, ada.cookie)).status).toBe(403);
    expect((await api('/api/settings/retention', { cookie: ada.cookie })).status).toBe(403);
    const refused = [0, -1, 1.5, 3651, 1e21, '30', true, [], {}];
    for (const screenshotDays of refused) {
      const answer = await put({ screenshotDays }, admin);
      expect(answer.status, JSON.stringify(screenshotDays)).toBe(400);
      expect(answer.json.error).toMatchObject({ code: 'invalid_payload', field: { path: ['screenshotDays'] } });
    }
    for (const body of [{}, { screenshotDays: 30, chatDays: 30 }, null, []]) {
      expect((await put(body, admin)).status, JSON.stringify(body)).toBe(400);
    }
    const after = (await api('/api/settings/retention', { cookie: admin })).json;
    expect(after.settings).toEqual({ screenshotDays: 90 });
    // A refused change is not one: the last change named is still the one that was made.
    expect(after.changed).toEqual(first.changed);
  });
});

describe('screenshot retention across a restart', () => {
  it('is applied by a process as it starts, without anyone saving the setting again', async () => {
    let clock = Date.now();
    const first = await startTestServer({ now: () => clock }, { keepData: true });
    let second: TestServer | undefined;
    try {
      const ada = await createEngineer(first, 'Ada');
      const admin = await login(first.url, ADMIN_EMAIL, first.adminPassword);
      await httpClient(first.url)('/api/settings/retention', { method: 'PUT', body: { screenshotDays: 1 }, cookie: admin });
      const { sessionId, ids } = await sessionWithScreenshots(first, ada.email, 1);
      await first.close();

      clock += 2 * DAY;
      second = await startTestServer({ now: () => clock }, { dataDir: first.dataDir, seedAdmin: false });
      const store = second.store;
      await expect.poll(async () => (await store.screenshots.list(sessionId)).length).toBe(0);
      expect(expiredLines(await store.sessions.timeline(sessionId)).map((e) => e.payload)).toEqual([
        { type: 'screenshots.expired', screenshotIds: ids, days: 1 },
      ]);
    } finally {
      await second?.close();
    }
  });
});
