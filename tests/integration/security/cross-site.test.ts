import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { ADMIN_EMAIL, createEngineer, login, request, type TestClient } from '../../support/test-server';

/** Opens a socket as a browser page at `origin` would (Origin header and the staff cookie), or fails. */
function socketFrom(url: string, cookie: string, origin?: string): Promise<TestClient> {
  const socket: TestClient = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { cookie, ...(origin && { origin }) },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.disconnect();
      reject(err);
    });
  });
}

describe('cross-site requests', () => {
  const ctx = withTestServer(() => ({ allowedOrigins: ['https://support.example.com'] }));

  it('refuses a socket handshake from a page on another port, another host, or a null origin, even with the admin cookie', async () => {
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const own = new URL(ctx.server.url);
    const sibling = `http://${own.hostname}:${Number(own.port) === 1 ? 2 : 1}`;
    for (const origin of [sibling, 'http://evil.example', 'null', `https://${own.host}.evil.example`]) {
      await expect(socketFrom(ctx.server.url, admin, origin), origin).rejects.toThrow();
    }
    for (const origin of [ctx.server.url, 'app://firstline', 'https://support.example.com', undefined]) {
      const socket = ctx.track(await socketFrom(ctx.server.url, admin, origin));
      expect((await request(socket, 'queue:watch', {})).ok, String(origin)).toBe(true);
    }
  });

  it("refuses a cookie-carrying state change from another page's origin, or sent as anything but JSON", async () => {
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const engineer = await createEngineer(ctx.server, 'Target');
    const reset = (headers: Record<string, string>, body = '{}') =>
      fetch(`${ctx.server.url}/api/users/${engineer.id}/reset-password`, { method: 'POST', headers: { cookie: admin, ...headers }, body });
    const sibling = `http://127.0.0.1:${Number(new URL(ctx.server.url).port) === 1 ? 2 : 1}`;

    expect((await reset({ origin: sibling, 'content-type': 'application/json' })).status).toBe(403);
    expect((await reset({ origin: 'null', 'content-type': 'application/json' })).status).toBe(403);
    expect((await reset({ 'sec-fetch-site': 'same-site', 'content-type': 'application/json' })).status).toBe(403);
    // What a form or a no-cors fetch can send: text/plain, with or without an Origin.
    expect((await reset({ 'content-type': 'text/plain' })).status).toBe(400);
    expect((await reset({ origin: ctx.server.url, 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(400);
    const setup = await fetch(`${ctx.server.url}/api/auth/totp/setup`, {
      method: 'POST',
      headers: { cookie: admin, origin: sibling, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(setup.status).toBe(403);
    // Nothing happened: the engineer still signs in with the old password.
    expect(await login(ctx.server.url, engineer.email, 'engineer-pass-123')).toMatch(/^firstline_session=/);

    // The console itself (same origin, JSON) and a listed origin are served.
    expect((await reset({ origin: ctx.server.url, 'content-type': 'application/json' })).status).toBe(200);
    expect((await reset({ origin: 'https://support.example.com', 'content-type': 'application/json' })).status).toBe(200);
  });
});
