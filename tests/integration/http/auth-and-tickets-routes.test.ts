import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, createEngineer, login, startTestServer, type TestServer } from '../../support/test-server';

describe('REST: auth, users and tickets', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => server.close());

  const call = (path: string, init: RequestInit & { cookie?: string } = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}) },
    });

  it('refuses an overlong id and an oversized address in the same typed shape, without echoing them', async () => {
    const cookie = (await createEngineer(server)).cookie;
    const longId = await call(`/api/tickets/${'9'.repeat(3000)}`, { cookie });
    expect(longId.status).toBe(414);
    expect(await longId.json()).toEqual({ ok: false, error: { code: 'invalid_payload', message: 'A part of the address is too long' } });
    const hugeQuery = await call(`/api/tickets?q=${'x'.repeat(20_000)}`, { cookie });
    expect(hugeQuery.status).toBe(431);
    expect(await hugeQuery.json()).toEqual({
      ok: false,
      error: { code: 'invalid_payload', message: 'The address or headers are too large' },
    });
    expect((await call('/healthz')).status).toBe(200);
  });

  it('serves a health check', async () => {
    const response = await call('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, status: 'up' });
  });

  it('refuses a wrong password with a typed error', async () => {
    const response = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ email: ADMIN_EMAIL, password: 'nope' }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Wrong email or password' } });
  });

  it('lets an admin create an engineer, who can sign in but cannot manage users', async () => {
    const admin = await login(server.url, ADMIN_EMAIL, server.adminPassword);
    const created = await call('/api/users', {
      method: 'POST',
      cookie: admin,
      body: JSON.stringify({ email: 'new@test.local', name: 'New Engineer', organisation: 'Acme', password: 'long-enough-pw' }),
    });
    expect(created.status).toBe(201);
    expect((await created.json()).user).toMatchObject({ email: 'new@test.local', role: 'engineer' });
    const duplicate = await call('/api/users', {
      method: 'POST',
      cookie: admin,
      body: JSON.stringify({ email: 'new@test.local', name: 'Again', organisation: 'Acme', password: 'long-enough-pw' }),
    });
    expect(duplicate.status).toBe(409);
    // The rule is named, for the console to say it in its reader's language.
    expect((await duplicate.json()).error).toMatchObject({ code: 'invalid_state', rule: 'email_taken' });

    const engineer = await login(server.url, 'new@test.local', 'long-enough-pw');
    expect((await call('/api/auth/me', { cookie: engineer })).status).toBe(200);
    expect((await call('/api/users', { cookie: engineer })).status).toBe(403);
    expect((await call('/api/tickets', { cookie: engineer })).status).toBe(200);
  });

  it('refuses every staff route without a session cookie, and bad input with 400', async () => {
    for (const path of ['/api/users', '/api/tickets', '/api/tickets/1', '/api/auth/me']) {
      const response = await call(path);
      expect(response.status, path).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    }
    const { cookie } = await createEngineer(server);
    expect((await call('/api/tickets/not-a-number', { cookie })).status).toBe(400);
    expect((await call('/api/tickets/999', { cookie })).status).toBe(404);
    const badLogin = await call('/api/auth/login', { method: 'POST', body: '{"email":1}' });
    expect(badLogin.status).toBe(400);
    expect((await badLogin.json()).error.code).toBe('invalid_payload');
  });

  it('signs out: the cookie stops working', async () => {
    const admin = await login(server.url, ADMIN_EMAIL, server.adminPassword);
    await call('/api/auth/logout', { method: 'POST', cookie: admin, body: '{}' });
    expect((await call('/api/auth/me', { cookie: admin })).status).toBe(401);
  });
});
