import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createFailureGuard, type FailureGuardOptions } from '../../../signaling-server/src/security/failure-guard';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.log('[skip] failure guard on Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379) to run it there too');
const redis = REDIS_URL ? new Redis(REDIS_URL) : undefined;
const prefix = `firstline-guard-test-${process.pid}-${Date.now()}`;
afterAll(async () => {
  if (!redis) return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const MINUTE = 60_000;

/** A guard on an injected clock, in memory or on Redis (the clock travels into the Lua script). */
function guardOn(backend: 'memory' | 'redis', options: Partial<FailureGuardOptions> = {}) {
  const clock = { now: 1_800_000_000_000 };
  const guard = createFailureGuard({
    name: `t${Math.random()}`,
    failures: 6,
    windowSeconds: 60,
    keyPrefix: prefix,
    ...(backend === 'redis' && { redis }),
    ...options,
    now: () => clock.now,
  });
  return { guard, clock };
}

/** Fails until the key is blocked; returns the block it earned, in seconds. */
async function failUntilBlocked(guard: ReturnType<typeof guardOn>['guard'], key: string): Promise<number> {
  for (let i = 0; i < 100; i += 1) {
    const counted = await guard.reserve(key);
    expect(counted.admitted).toBe(true);
    if (counted.retryAfterSeconds > 0) return counted.retryAfterSeconds;
  }
  throw new Error('never blocked');
}

describe.each<'memory' | 'redis'>(redis ? ['memory', 'redis'] : ['memory'])('failure guard (%s)', (backend) => {
  it('answers six failures a minute, then blocks for a minute, doubling with each new block up to an hour', async () => {
    const { guard, clock } = guardOn(backend);
    const blocks: number[] = [];
    for (let round = 0; round < 8; round += 1) {
      blocks.push(await failUntilBlocked(guard, '203.0.113.9'));
      expect(await guard.check('203.0.113.9')).toEqual({ allowed: false, retryAfterSeconds: blocks.at(-1) });
      const refused = await guard.reserve('203.0.113.9');
      expect(refused.admitted).toBe(false);
      clock.now += blocks.at(-1)! * 1000;
      expect(await guard.check('203.0.113.9')).toEqual({ allowed: true });
    }
    expect(blocks).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
    // Another address is untouched throughout.
    expect(await guard.check('198.51.100.1')).toEqual({ allowed: true });
  });

  it('forgets old failures when their window passes, and strikes a day after the last block', async () => {
    const { guard, clock } = guardOn(backend);
    for (let i = 0; i < 5; i += 1) await guard.reserve('k');
    clock.now += MINUTE;
    for (let i = 0; i < 5; i += 1) expect((await guard.reserve('k')).retryAfterSeconds).toBe(0);
    expect(await failUntilBlocked(guard, 'k')).toBe(60);
    clock.now += 60_000;
    expect(await failUntilBlocked(guard, 'k')).toBe(120);
    clock.now += 25 * 60 * MINUTE;
    expect(await failUntilBlocked(guard, 'k')).toBe(60);
  });

  it('counts parallel attempts one by one: of 21 at once, only the first six are admitted', async () => {
    const { guard } = guardOn(backend);
    const results = await Promise.all(Array.from({ length: 21 }, () => guard.reserve('burst')));
    expect(results.filter((r) => r.admitted)).toHaveLength(6);
    expect(results.filter((r) => !r.admitted)).toHaveLength(15);
  });

  it('gives back a released attempt, and a reset lifts a block but keeps the strike on record', async () => {
    const { guard, clock } = guardOn(backend);
    for (let i = 0; i < 20; i += 1) {
      await guard.reserve('office');
      await guard.release('office');
    }
    expect(await guard.check('office')).toEqual({ allowed: true });
    expect(await failUntilBlocked(guard, 'office')).toBe(60);
    await guard.reset('office');
    expect(await guard.check('office')).toEqual({ allowed: true });
    clock.now += 1000;
    expect(await failUntilBlocked(guard, 'office')).toBe(120);
  });
});
