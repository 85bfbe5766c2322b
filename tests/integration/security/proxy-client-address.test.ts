import { randomBytes } from 'node:crypto';
import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { createEngineer, sendRaw, type TestClient } from '../../support/test-server';

/** A client behind the one trusted proxy that forges a new leftmost X-Forwarded-For entry every time. */
const forged = () => `${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}, 203.0.113.9`;

describe('behind a trusted proxy, a client cannot pick its own address', () => {
  const ctx = withTestServer(() => ({ trustProxy: 1 }));

  it('blocks wrong session codes by the address the proxy saw, however the client forges X-Forwarded-For', async () => {
    const { cookie } = await createEngineer(ctx.server);
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const socket: TestClient = connect(ctx.server.url, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        extraHeaders: { cookie, 'x-forwarded-for': forged() },
      });
      ctx.track(socket);
      const result = await sendRaw(socket, 'session:claim', { code: String(100_000_000 + i) });
      outcomes.push(result.ok ? 'joined' : result.error.code);
    }
    expect(outcomes.slice(0, 6)).toEqual(Array(6).fill('code_invalid'));
    expect(outcomes.slice(6)).toEqual(Array(4).fill('rate_limited'));
  });

  it('locks a password spray from one address after thirty, whatever X-Forwarded-For says', async () => {
    const api = httpClient(ctx.server.url);
    const answers: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      const response = await api('/api/auth/login', {
        body: { email: `victim${i}@test.local`, password: 'Summer2026!' },
        headers: { 'x-forwarded-for': forged() },
      });
      answers.push(response.status);
    }
    expect(answers.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(answers.slice(30)).toEqual([429, 429]);
  }, 60_000);
});
