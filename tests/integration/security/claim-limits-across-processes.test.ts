import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, createEngineer, request, startTestServer, type TestServer } from '../../support/test-server';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL)
  console.log('[skip] claim limits across processes: set REDIS_URL (e.g. redis://127.0.0.1:6379) to run against a real Redis');

describe.skipIf(!REDIS_URL)('claim limits shared through Redis', () => {
  let redis: Redis;
  let a: TestServer;
  let b: TestServer;
  const prefix = `firstline-test-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL!);
    a = await startTestServer({ redis, claimGuard: { keyPrefix: prefix } });
    b = await startTestServer({ redis, claimGuard: { keyPrefix: prefix } });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('blocks an address on every process once it has guessed wrong six times on any', async () => {
    const onA = await connectClient(a.url, (await createEngineer(a)).cookie);
    const onB = await connectClient(b.url, (await createEngineer(b)).cookie);
    for (let i = 0; i < 6; i += 1) {
      expect(await request(i % 2 ? onA : onB, 'session:claim', { code: String(100000000 + i) })).toMatchObject({
        error: { code: 'code_invalid' },
      });
    }
    expect(await request(onA, 'session:claim', { code: '200000000' })).toMatchObject({ error: { code: 'rate_limited' } });
    expect(await request(onB, 'session:claim', { code: '200000001' })).toMatchObject({ error: { code: 'rate_limited' } });
    onA.disconnect();
    onB.disconnect();
  });
});
