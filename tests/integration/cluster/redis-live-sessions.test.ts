import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisLiveSessions } from '../../../signaling-server/src/cluster/redis-live-sessions';
import type { LiveSessionRow } from '../../../signaling-server/src/store/live-sessions';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.log('[skip] live sessions in Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379) to run them');

const row = (sessionId: string, owner: string, updatedAt = 1_000): LiveSessionRow => ({
  sessionId,
  owner,
  updatedAt,
  state: JSON.stringify({ id: sessionId, status: 'active' }),
  customerTokenHash: `hash-${sessionId}`,
});

/** The Redis live-state repository keeps the database table's contract, on a real Redis. */
describe.skipIf(!REDIS_URL)('live sessions and leases in Redis', () => {
  let redis: Redis;
  const prefix = `fl-live-test-${randomUUID().slice(0, 8)}`;
  beforeAll(() => void (redis = new Redis(REDIS_URL!)));
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('saves, lists by owner, hands a session over only from its current owner, and removes', async () => {
    const live = createRedisLiveSessions(redis, prefix);
    await live.save(row('s1', 'alive'));
    await live.save(row('s2', 'dead'));
    await live.save(row('s3', 'dead'));
    await live.save({ ...row('s3', 'dead'), updatedAt: 2_000 });
    expect((await live.list()).map((r) => r.sessionId).sort()).toEqual(['s1', 's2', 's3']);
    expect((await live.listExcept(['alive'])).map((r) => r.sessionId).sort()).toEqual(['s2', 's3']);
    expect((await live.listExcept(['alive'])).find((r) => r.sessionId === 's3')).toEqual({ ...row('s3', 'dead'), updatedAt: 2_000 });

    // Two processes race for s2: only the first, from the owner it really had, wins.
    expect(await live.takeOver('s2', 'dead', 'heir', 3_000)).toBe(true);
    expect(await live.takeOver('s2', 'dead', 'rival', 3_001)).toBe(false);
    expect(await live.takeOver('missing', 'dead', 'heir', 3_000)).toBe(false);
    expect((await live.listExcept(['alive', 'dead'])).map((r) => [r.sessionId, r.owner, r.updatedAt])).toEqual([['s2', 'heir', 3_000]]);
    expect((await live.listExcept(['alive', 'heir'])).map((r) => r.sessionId)).toEqual(['s3']);

    await live.remove('s3');
    await live.remove('s3');
    expect((await live.list()).map((r) => r.sessionId).sort()).toEqual(['s1', 's2']);
    expect(await live.listExcept(['alive', 'heir'])).toEqual([]);
  });

  it('knows the owners whose lease is fresh, and forgets a released one', async () => {
    const live = createRedisLiveSessions(redis, prefix);
    await live.renewLease('p1', 10_000);
    await live.renewLease('p2', 5_000);
    expect(await live.liveOwners(8_000)).toEqual(new Set(['p1']));
    await live.renewLease('p2', 9_000);
    expect(await live.liveOwners(8_000)).toEqual(new Set(['p1', 'p2']));
    await live.releaseLease('p1');
    expect(await live.liveOwners(0)).toEqual(new Set(['p2']));
  });
});
