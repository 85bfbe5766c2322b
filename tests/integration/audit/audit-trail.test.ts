import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import { ADMIN_EMAIL, createEngineer, login } from '../../support/test-server';

/** Who changed accounts and settings, and when: written by the server as each change succeeds, read by admins. */
describe.each(backends)('the audit trail, on $name', (backend) => {
  const ctx = withTestServer(undefined, backend.name === 'SQLite' ? undefined : backend);

  it('records each change to accounts and settings with who, what it acted on and the kept fields, never a password or secret', async () => {
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const adminName = (await ctx.server.store.users.findByEmail(ADMIN_EMAIL))!.name;

    const created = await api('/api/users', {
      cookie: admin,
      body: { email: 'grace@test.local', name: 'Grace Hopper', organisation: 'Acme', role: 'engineer', password: 'a-secret-password-1' },
    });
    expect(created.status).toBe(201);
    const grace = created.json.user.id as string;
    await api(`/api/users/${grace}`, { method: 'PATCH', cookie: admin, body: { role: 'admin' } });
    const reset = await api(`/api/users/${grace}/reset-password`, { cookie: admin, body: {} });
    const hook = await api('/api/webhooks', {
      cookie: admin,
      body: { url: 'https://hooks.example.com/firstline', events: ['ticket.created'] },
    });
    const hookId = hook.json.endpoint.id as string;
    await api(`/api/webhooks/${hookId}`, { method: 'PATCH', cookie: admin, body: { active: false } });
    await api(`/api/webhooks/${hookId}`, { method: 'DELETE', cookie: admin });
    await api('/api/settings/retention', { method: 'PUT', cookie: admin, body: { screenshotDays: 30 } });

    const trail = await api('/api/audit', { cookie: admin });
    expect(trail.status).toBe(200);
    expect(trail.json.total).toBe(8);
    const entries = trail.json.entries as Array<Record<string, any>>;
    // Newest first, each by the admin who made it, after the sign-in, from where it came.
    expect(entries.map((e) => e.action)).toEqual([
      'retention.updated',
      'webhook.deleted',
      'webhook.updated',
      'webhook.created',
      'user.password_reset',
      'user.updated',
      'user.created',
      'account.signed_in',
    ]);
    expect(entries[7]).toMatchObject({ target: null, details: { address: '127.0.0.1' } });
    for (const entry of entries) expect(entry.actor).toEqual({ id: expect.any(String), name: adminName });
    expect(entries[6]).toMatchObject({
      target: { kind: 'user', id: grace, label: 'Grace Hopper (grace@test.local)' },
      details: { email: 'grace@test.local', name: 'Grace Hopper', organisation: 'Acme', role: 'engineer' },
    });
    expect(entries[5]).toMatchObject({ target: { kind: 'user', id: grace }, details: { role: 'admin' } });
    // The deleted webhook is named as it was.
    expect(entries[1]).toMatchObject({
      target: { kind: 'webhook', id: hookId, label: 'https://hooks.example.com/firstline' },
      details: {},
    });
    expect(entries[2]!.details).toEqual({ active: false });
    expect(entries[3]!.details).toEqual({ url: 'https://hooks.example.com/firstline', events: ['ticket.created'] });
    expect(entries[0]!.details).toEqual({ screenshotDays: 30 });
    // No password, one-time password or signing secret reaches the trail.
    const text = JSON.stringify(await ctx.server.store.audit.list({ page: 1, pageSize: 100 }));
    for (const secret of ['a-secret-password-1', reset.json.temporaryPassword, hook.json.secret]) expect(text).not.toContain(secret);

    // All of it to keep, as CSV or JSON, newest first; one kind of entry when asked.
    const csv = await fetch(`${ctx.server.url}/api/audit/export?format=csv`, { headers: { cookie: admin } });
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="firstline-audit-trail.csv"');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('at,actor_id,actor_name,action,target_kind,target_id,target_label,details');
    expect(lines.slice(1).map((line) => line.split(',')[3])).toEqual(entries.map((e) => e.action));
    expect(lines[3]).toContain('"{""active"":false}"');
    // Read a page at a time (two here): the same entries in the same order, each once.
    const paged = [];
    for await (const entry of ctx.server.store.audit.all(undefined, 2)) paged.push(entry);
    expect(paged).toEqual(entries);
    const json = await fetch(`${ctx.server.url}/api/audit/export?format=json&action=webhook.deleted`, { headers: { cookie: admin } });
    expect(await json.json()).toEqual([entries[1]]);
    const engineer = await createEngineer(ctx.server, 'Ada');
    expect((await fetch(`${ctx.server.url}/api/audit/export`, { headers: { cookie: engineer.cookie } })).status).toBe(403);
  });

  it('writes nothing for a change that is refused, and pages and filters what it holds; engineers cannot read it', async () => {
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const ada = await createEngineer(ctx.server, 'Ada');
    // Refused: a bad body, an unknown account, and the last admin demoting themselves.
    const me = (await ctx.server.store.users.findByEmail(ADMIN_EMAIL))!.id;
    expect((await api(`/api/users/${ada.id}`, { method: 'PATCH', cookie: admin, body: { role: 'owner' } })).status).toBe(400);
    expect(
      (await api('/api/users/00000000-0000-4000-8000-000000000000', { method: 'PATCH', cookie: admin, body: { role: 'admin' } })).status,
    ).toBe(404);
    expect((await api(`/api/users/${me}`, { method: 'PATCH', cookie: admin, body: { role: 'engineer' } })).status).toBe(409);
    // A wrong password signs nobody in: no line either. The two sign-ins above are all there is.
    expect((await api('/api/auth/login', { body: { email: ada.email, password: 'wrong-password-1' } })).status).toBe(401);
    const signIns = await api('/api/audit', { cookie: admin });
    expect(signIns.json.entries.map((e: { action: string; actor: { id: string } }) => [e.action, e.actor.id])).toEqual([
      ['account.signed_in', ada.id],
      ['account.signed_in', me],
    ]);

    for (const name of ['One', 'Two', 'Three']) await api(`/api/users/${ada.id}`, { method: 'PATCH', cookie: admin, body: { name } });
    await api('/api/settings/retention', { method: 'PUT', cookie: admin, body: { screenshotDays: null } });
    // An engineer's own account changes are on it too, with no target.
    expect(
      (
        await api('/api/auth/password', {
          cookie: ada.cookie,
          body: { currentPassword: 'engineer-pass-123', newPassword: 'a-new-password-2' },
        })
      ).status,
    ).toBe(200);

    const page2 = await api('/api/audit?pageSize=2&page=2', { cookie: admin });
    expect(page2.json).toMatchObject({ total: 7, page: 2, pageSize: 2 });
    expect(page2.json.entries.map((e: { details: { name?: string } }) => e.details.name)).toEqual(['Three', 'Two']);
    const renames = await api('/api/audit?action=user.updated', { cookie: admin });
    expect(renames.json.total).toBe(3);
    // Named as the account was called before each change.
    expect(renames.json.entries.map((e: { target: { label: string } }) => e.target.label)).toEqual([
      `Two (${ada.email})`,
      `One (${ada.email})`,
      `Ada (${ada.email})`,
    ]);
    const own = (await api('/api/audit?action=account.password_changed', { cookie: admin })).json.entries;
    // By the name they had then (renamed Three above).
    expect(own).toEqual([expect.objectContaining({ actor: { id: ada.id, name: 'Three' }, target: null, details: {} })]);
    expect(JSON.stringify(own)).not.toContain('a-new-password-2');

    expect((await api('/api/audit?action=user.removed', { cookie: admin })).status).toBe(400);
    const asEngineer = await login(ctx.server.url, ada.email, 'a-new-password-2');
    expect((await api('/api/audit', { cookie: asEngineer })).status).toBe(403);
  });

  it('names an account locked by wrong passwords once per lock, and no account that does not exist', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const guess = (email: string) => api('/api/auth/login', { body: { email, password: 'not-the-password-1' } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await guess(ada.email)).status);
    // The fifth wrong password is answered and locks the account; the sixth is refused unchecked.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    for (let i = 0; i < 6; i++) await guess('nobody@test.local');
    const locks = (await ctx.server.store.audit.list({ action: 'account.locked', page: 1, pageSize: 10 })).entries;
    expect(locks).toEqual([
      expect.objectContaining({
        actor: { id: ada.id, name: 'Ada' },
        target: null,
        details: { address: '127.0.0.1', minutes: expect.any(Number) },
      }),
    ]);
    expect(locks[0]!.details.minutes).toBeGreaterThanOrEqual(1);
  });
});
