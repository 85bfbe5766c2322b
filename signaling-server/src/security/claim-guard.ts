import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

export interface ClaimGuardOptions {
  /** Shared counters across server processes; in memory when absent. */
  redis?: Redis;
  failuresPerMinute?: number;
  baseBlockSeconds?: number;
  maxBlockSeconds?: number;
  keyPrefix?: string;
}

export type ClaimVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Limits wrong session-code claims per client address: a handful a minute, then a block that
 * doubles each time it is earned again (1 min, 2 min, 4 min … up to an hour).
 */
export function createClaimGuard(options: ClaimGuardOptions = {}) {
  const points = options.failuresPerMinute ?? 6;
  const base = options.baseBlockSeconds ?? 60;
  const max = options.maxBlockSeconds ?? 3600;
  const prefix = options.keyPrefix ?? 'firstline';
  const make = (keyPrefix: string, p: number, duration: number): RateLimiterAbstract =>
    options.redis
      ? new RateLimiterRedis({ storeClient: options.redis, keyPrefix: `${prefix}:${keyPrefix}`, points: p, duration, useRedisPackage: false })
      : new RateLimiterMemory({ keyPrefix, points: p, duration });
  const failures = make('claim-fail', points, 60);
  const strikes = make('claim-strike', 1_000_000, 24 * 3600);

  const blockedFor = (res: RateLimiterRes | null) =>
    res && res.remainingPoints <= 0 && res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;

  return {
    async check(address: string): Promise<ClaimVerdict> {
      const seconds = blockedFor(await failures.get(address));
      return seconds > 0 ? { allowed: false, retryAfterSeconds: seconds } : { allowed: true };
    },
    /** Counts a wrong claim; returns the block it earned, if any. */
    async recordFailure(address: string): Promise<ClaimVerdict> {
      try {
        await failures.consume(address);
        return { allowed: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const strike = await strikes.penalty(address, 1);
        const seconds = Math.min(max, base * 2 ** Math.max(0, strike.consumedPoints - 1));
        await failures.block(address, seconds);
        return { allowed: false, retryAfterSeconds: seconds };
      }
    },
  };
}

export type ClaimGuard = ReturnType<typeof createClaimGuard>;
