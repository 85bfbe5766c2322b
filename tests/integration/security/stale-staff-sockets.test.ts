import { describe, expect, it } from 'vitest';
import { hashToken } from '../../../signaling-server/src/auth/session-tokens';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, connectClient, createEngineer, login, request, sendRaw, type TestClient } from '../../support/test-server';

const closed = (socket: TestClient) =>
  new Promise<string>((resolve, reject) => {
    if (socket.disconnected) return resolve('already');
    const timer = setTimeout(() => reject(new Error('the socket stayed open')), 3000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });

describe('staff rights end with the login, on sockets opened before', () => {
  const ctx = withTestServer();
  const api = () => httpClient(ctx.server.url);

  it('checks the login again on every staff action: a socket that missed its close still cannot act', async () => {
    const customer = ctx.track(await connectClient(ctx.server.url));
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Mail is stuck' });
    if (!created.ok) throw new Error('create failed');

    // Changed straight in the database, as another process or a script would: no close is sent.
    const disabled = await createEngineer(ctx.server, 'Disabled');
    const a = ctx.track(await connectClient(ctx.server.url, disabled.cookie));
    await ctx.server.store.users.update(disabled.id, { disabled: true });
    expect(await sendRaw(a, 'session:claim', { code: created.code })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await closed(a);

    const signedOut = await createEngineer(ctx.server, 'Signed out');
    const b = ctx.track(await connectClient(ctx.server.url, signedOut.cookie));
    await ctx.server.store.authSessions.remove(hashToken(signedOut.cookie.split('=')[1]!));
    expect(await sendRaw(b, 'queue:watch', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const adminId = (await ctx.server.store.users.findByEmail(ADMIN_EMAIL))!.id;
    const c = ctx.track(await connectClient(ctx.server.url, admin));
    await ctx.server.store.users.update(adminId, { role: 'engineer' });
    expect(await sendRaw(c, 'queue:watch', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    // Nobody took the customer: the session still waits, its engineer unnamed.
    expect((await ctx.server.store.sessions.get(created.session.id))?.engineerId).toBeNull();
  });

  it('closes the sockets of a login at sign-out, and all of a user’s at disable, role change, password reset and password change', async () => {
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const ada = await createEngineer(ctx.server, 'Ada');
    const originalHash = (await ctx.server.store.users.secretsOf(ada.id))!.passwordHash;

    const signOut = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    const otherLogin = await login(ctx.server.url, ada.email, 'engineer-pass-123');
    const stays = ctx.track(await connectClient(ctx.server.url, otherLogin));
    const signingOut = closed(signOut);
    await api()('/api/auth/logout', { body: {}, cookie: ada.cookie });
    expect(await signingOut).toBe('io server disconnect');
    expect((await request(stays, 'queue:watch', {})).ok).toBe(true);

    for (const [what, act] of [
      ['disable', () => api()(`/api/users/${ada.id}`, { method: 'PATCH', body: { disabled: true }, cookie: admin })],
      ['role change', () => api()(`/api/users/${ada.id}`, { method: 'PATCH', body: { role: 'admin' }, cookie: admin })],
      ['password reset', () => api()(`/api/users/${ada.id}/reset-password`, { body: {}, cookie: admin })],
    ] as const) {
      // Back to an active engineer with the known password, then a fresh login and socket.
      await ctx.server.store.users.update(ada.id, { disabled: false, role: 'engineer' });
      await ctx.server.store.users.setPassword(ada.id, originalHash, false);
      const cookie = await login(ctx.server.url, ada.email, 'engineer-pass-123');
      const socket = ctx.track(await connectClient(ctx.server.url, cookie));
      const closing = closed(socket);
      expect((await act()).status, what).toBe(200);
      expect(await closing, what).toBe('io server disconnect');
    }
  });

  it('keeps the login that changed its password, and closes the others', async () => {
    const bob = await createEngineer(ctx.server, 'Bob');
    const here = ctx.track(await connectClient(ctx.server.url, bob.cookie));
    const elsewhere = ctx.track(await connectClient(ctx.server.url, await login(ctx.server.url, bob.email, 'engineer-pass-123')));
    const change = { currentPassword: 'engineer-pass-123', newPassword: 'a-new-password-1' };
    const closing = closed(elsewhere);
    expect((await api()('/api/auth/password', { body: change, cookie: bob.cookie })).status).toBe(200);
    expect(await closing).toBe('io server disconnect');
    expect((await request(here, 'queue:watch', {})).ok).toBe(true);
  });
});
