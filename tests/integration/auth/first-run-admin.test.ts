import { afterEach, describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { startTestServer, type TestServer } from '../../support/test-server';

describe('the first-run admin password', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it('is one-time: the first sign-in must choose a new password, and the printed one stops working', async () => {
    server = await startTestServer({}, { seedAdmin: false });
    const created = await server.app.users.ensureAdmin('first@test.local');
    expect(created.generatedPassword).toMatch(/^[\w-]{16}$/);
    const api = httpClient(server.url);
    const signIn = (password: string) => api('/api/auth/login', { body: { email: 'first@test.local', password } });

    const first = await signIn(created.generatedPassword!);
    expect(first.status).toBe(200);
    expect(first.json.setupRequired).toBe('password');
    // Until the password is changed, nothing but the account's own set-up is open.
    const tickets = await api('/api/tickets', { cookie: first.cookie });
    expect(tickets.status).toBe(403);
    expect(tickets.json.error.code).toBe('account_setup_required');
    const change = { currentPassword: created.generatedPassword, newPassword: 'a-password-of-my-own' };
    expect((await api('/api/auth/password', { body: change, cookie: first.cookie })).status).toBe(200);
    expect((await api('/api/tickets', { cookie: first.cookie })).status).toBe(200);

    expect((await signIn(created.generatedPassword!)).status).toBe(401);
    const again = await signIn('a-password-of-my-own');
    expect(again.json.setupRequired).toBeNull();
  });

  it('is the operator’s own when set through FIRSTLINE_ADMIN_PASSWORD: no forced change', async () => {
    server = await startTestServer({}, { seedAdmin: false });
    await server.app.users.ensureAdmin('chosen@test.local', 'an-operator-chosen-pw');
    const signedIn = await httpClient(server.url)('/api/auth/login', {
      body: { email: 'chosen@test.local', password: 'an-operator-chosen-pw' },
    });
    expect(signedIn.json.setupRequired).toBeNull();
  });
});
