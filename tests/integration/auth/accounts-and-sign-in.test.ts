import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../../signaling-server/src/auth/totp';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, connectClient, createEngineer, login, request } from '../../support/test-server';

describe('accounts and sign-in', () => {
  const ctx = withTestServer();
  const api = () => httpClient(ctx.server.url);
  const signIn = (email: string, password: string, totp?: string) => api()('/api/auth/login', { body: { email, password, totp } });

  it('stores passwords as argon2id', async () => {
    await createEngineer(ctx.server);
    const db = new BetterSqlite3(join(ctx.server.dataDir, 'firstline.sqlite'), { readonly: true });
    const hashes = db.prepare('select password_hash from users').all() as Array<{ password_hash: string }>;
    db.close();
    expect(hashes.length).toBe(2);
    for (const { password_hash } of hashes) expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('locks an account after five wrong passwords, even for the right one, and says the same for unknown accounts', async () => {
    const { email } = await createEngineer(ctx.server);
    for (let i = 0; i < 5; i += 1)
      expect((await signIn(email, 'wrong-password')).json.error).toEqual({ code: 'unauthorized', message: 'Wrong email or password' });
    const locked = await signIn(email, 'engineer-pass-123');
    expect(locked.status).toBe(429);
    expect(locked.json.error.message).toMatch(/Try again in \d+ min/);
    expect((await signIn('nobody@test.local', 'whatever-pw')).json.error).toEqual({
      code: 'unauthorized',
      message: 'Wrong email or password',
    });
    expect((await signIn(ADMIN_EMAIL, ctx.server.adminPassword)).status).toBe(200);
  });

  it('asks for an authenticator code once two-factor is on, and refuses a wrong one', async () => {
    const { email, cookie } = await createEngineer(ctx.server);
    const setup = await api()('/api/auth/totp/setup', { body: {}, cookie });
    expect(setup.json.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(setup.json.uri).toMatch(/^otpauth:\/\/totp\/Firstline:/);
    expect((await api()('/api/auth/totp/confirm', { body: { code: '000000' }, cookie })).status).toBe(401);
    expect((await api()('/api/auth/totp/confirm', { body: { code: currentTotp(setup.json.secret, Date.now()) }, cookie })).status).toBe(
      200,
    );

    expect((await signIn(email, 'engineer-pass-123')).json.error.code).toBe('totp_required');
    expect((await signIn(email, 'engineer-pass-123', '123456')).json.error.code).toBe('unauthorized');
    const good = await signIn(email, 'engineer-pass-123', currentTotp(setup.json.secret, Date.now() + 30_000));
    expect(good.status).toBe(200);
    expect(good.json.user.totpEnabled).toBe(true);
  });

  it('holds staff without two-factor at set-up when the organisation requires it, on REST and on sockets', async () => {
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const refused = await api()('/api/settings/security', { method: 'PUT', body: { requireTotp: true }, cookie: admin });
    expect(refused.json.error).toEqual({
      code: 'invalid_state',
      message: 'Turn on two-factor sign-in for your own account first',
      rule: 'two_factor_yourself_first',
    });
    const own = await api()('/api/auth/totp/setup', { body: {}, cookie: admin });
    await api()('/api/auth/totp/confirm', { body: { code: currentTotp(own.json.secret, Date.now()) }, cookie: admin });
    expect((await api()('/api/settings/security', { method: 'PUT', body: { requireTotp: true }, cookie: admin })).json.settings).toEqual({
      requireTotp: true,
    });
    const { email } = await createEngineer(ctx.server);
    const first = await signIn(email, 'engineer-pass-123');
    expect(first.json.setupRequired).toBe('totp');
    expect((await api()('/api/tickets', { cookie: first.cookie })).json.error.code).toBe('account_setup_required');
    const socket = await connectClient(ctx.server.url, first.cookie);
    expect(await request(socket, 'queue:watch', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const setup = await api()('/api/auth/totp/setup', { body: {}, cookie: first.cookie });
    await api()('/api/auth/totp/confirm', { body: { code: currentTotp(setup.json.secret, Date.now()) }, cookie: first.cookie });
    expect((await api()('/api/auth/me', { cookie: first.cookie })).json.setupRequired).toBeNull();
    expect((await api()('/api/tickets', { cookie: first.cookie })).status).toBe(200);
    socket.disconnect();
  });

  it('lets admins disable and re-role users, but never the last admin or themselves', async () => {
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const me = (await api()('/api/auth/me', { cookie: admin })).json.user;
    const engineer = await createEngineer(ctx.server);
    expect((await api()(`/api/users/${me.id}`, { method: 'PATCH', body: { disabled: true }, cookie: admin })).json.error.code).toBe(
      'invalid_state',
    );
    expect((await api()(`/api/users/${me.id}`, { method: 'PATCH', body: { role: 'engineer' }, cookie: admin })).json.error.code).toBe(
      'invalid_state',
    );
    expect((await api()(`/api/users/${engineer.id}`, { method: 'PATCH', body: { nope: 1 }, cookie: admin })).status).toBe(400);
    // An empty change is refused as bad input; it used to reach the store as an empty UPDATE (a 500).
    const empty = await api()(`/api/users/${engineer.id}`, { method: 'PATCH', body: {}, cookie: admin });
    expect(empty.status).toBe(400);
    expect(empty.json.error).toMatchObject({ code: 'invalid_payload', message: 'body: Nothing to change' });

    expect(
      (await api()(`/api/users/${engineer.id}`, { method: 'PATCH', body: { disabled: true }, cookie: admin })).json.user.disabled,
    ).toBe(true);
    expect((await api()('/api/auth/me', { cookie: engineer.cookie })).status).toBe(401);
    expect((await signIn(engineer.email, 'engineer-pass-123')).status).toBe(401);
    await api()(`/api/users/${engineer.id}`, { method: 'PATCH', body: { disabled: false, role: 'admin' }, cookie: admin });
    const promoted = await signIn(engineer.email, 'engineer-pass-123');
    expect(promoted.json.user.role).toBe('admin');
    expect(
      (await api()(`/api/users/${me.id}`, { method: 'PATCH', body: { role: 'engineer' }, cookie: promoted.cookie })).json.user.role,
    ).toBe('engineer');
  });

  it('resets a password to a one-time one that must be changed, and signs the user out everywhere', async () => {
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const engineer = await createEngineer(ctx.server);
    const reset = await api()(`/api/users/${engineer.id}/reset-password`, { body: {}, cookie: admin });
    expect(reset.json.temporaryPassword).toHaveLength(16);
    expect((await api()('/api/auth/me', { cookie: engineer.cookie })).status).toBe(401);

    const temp = await signIn(engineer.email, reset.json.temporaryPassword);
    expect(temp.json.setupRequired).toBe('password');
    expect((await api()('/api/tickets', { cookie: temp.cookie })).json.error.code).toBe('account_setup_required');
    const other = await signIn(engineer.email, reset.json.temporaryPassword);
    const changed = await api()('/api/auth/password', {
      body: { currentPassword: reset.json.temporaryPassword, newPassword: 'a-brand-new-pw' },
      cookie: temp.cookie,
    });
    expect(changed.status).toBe(200);
    expect((await api()('/api/auth/me', { cookie: temp.cookie })).json.setupRequired).toBeNull();
    expect((await api()('/api/auth/me', { cookie: other.cookie })).status).toBe(401);
    expect(
      (await api()('/api/auth/password', { body: { currentPassword: 'wrong-one', newPassword: 'another-new-pw' }, cookie: temp.cookie }))
        .status,
    ).toBe(401);
    const same = await api()('/api/auth/password', {
      body: { currentPassword: 'a-brand-new-pw', newPassword: 'a-brand-new-pw' },
      cookie: temp.cookie,
    });
    expect(same.status).toBe(400);
    expect(same.json.error).toMatchObject({ code: 'invalid_payload', field: { path: ['newPassword'], problem: 'unchanged' } });
  });
});
