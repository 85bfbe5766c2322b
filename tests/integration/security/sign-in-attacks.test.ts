import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../../signaling-server/src/auth/totp';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { createEngineer } from '../../support/test-server';

describe('sign-in under attack', () => {
  // The server's clock, so a test can move to the next 30-second code.
  const clock = { now: Date.now() };
  const ctx = withTestServer(() => {
    clock.now = Date.now();
    return { now: () => clock.now };
  });
  const signIn = (email: string, password: string, totp?: string) =>
    httpClient(ctx.server.url)('/api/auth/login', { body: { email, password, totp } });

  it('checks at most five of 20 wrong passwords and the right one sent in parallel, and the locked account refuses the right one', async () => {
    const { email } = await createEngineer(ctx.server);
    const burst = await Promise.all([
      ...Array.from({ length: 20 }, () => signIn(email, 'a-wrong-password')),
      signIn(email, 'engineer-pass-123'),
    ]);
    const checked = burst.filter((r) => r.status !== 429);
    console.log(`[lockout race] 21 parallel sign-ins: ${checked.length} checked, ${burst.length - checked.length} refused unchecked`);
    expect(checked.length).toBeLessThanOrEqual(5);
    // Whatever the order they arrived in, the account is now locked, for the right password too.
    const after = await signIn(email, 'engineer-pass-123');
    expect(after.status).toBe(429);
    // With how long to wait, for the console to say in its reader's language.
    expect(after.json.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    expect(after.json.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('takes each authenticator code once, and turning two-factor off needs a current code as well as the password', async () => {
    const api = httpClient(ctx.server.url);
    const { email, cookie } = await createEngineer(ctx.server);
    const { secret } = (await api('/api/auth/totp/setup', { body: {}, cookie })).json;
    expect((await api('/api/auth/totp/confirm', { body: { code: currentTotp(secret, clock.now) }, cookie })).status).toBe(200);
    // The code that turned it on is spent.
    expect((await signIn(email, 'engineer-pass-123', currentTotp(secret, clock.now))).json.error.code).toBe('unauthorized');

    clock.now += 30_000;
    const code = currentTotp(secret, clock.now);
    const first = await signIn(email, 'engineer-pass-123', code);
    expect(first.status).toBe(200);
    const replay = await signIn(email, 'engineer-pass-123', code);
    expect(replay.status).toBe(401);
    expect(replay.json.error.message).toBe('That code was already used; wait for the next one');
    // Nor does an older code, still within the drift window, once a newer one was used.
    expect((await signIn(email, 'engineer-pass-123', currentTotp(secret, clock.now - 30_000))).status).toBe(401);

    const session = first.cookie;
    const disable = (body: object) => api('/api/auth/totp/disable', { body, cookie: session });
    expect((await disable({ password: 'engineer-pass-123' })).status).toBe(400);
    expect((await disable({ password: 'engineer-pass-123', code })).status).toBe(401);
    expect((await disable({ password: 'a-wrong-password', code: currentTotp(secret, clock.now + 30_000) })).status).toBe(401);
    expect((await api('/api/auth/me', { cookie: session })).json.user.totpEnabled).toBe(true);
    clock.now += 30_000;
    expect((await disable({ password: 'engineer-pass-123', code: currentTotp(secret, clock.now) })).status).toBe(200);
    expect((await api('/api/auth/me', { cookie: session })).json.user.totpEnabled).toBe(false);
  });
});
