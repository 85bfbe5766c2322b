import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

export interface FailureGuardOptions {
  /** Counter namespace, e.g. "claim" or "login-account". */
  name: string;
  /** Shared counters across server processes; in memory when absent. */
  redis?: Redis;
  failures: number;
  windowSeconds: number;
  baseBlockSeconds?: number;
  maxBlockSeconds?: number;
  keyPrefix?: string;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts failures per key (an address, an account): a few per window are fine, then the key is
 * blocked, for twice as long each time it earns a block again (up to a cap).
 */
export function createFailureGuard(options: FailureGuardOptions) {
  const base = options.baseBlockSeconds ?? 60;
  const max = options.maxBlockSeconds ?? 3600;
  const prefix = `${options.keyPrefix ?? 'firstline'}:${options.name}`;
  const make = (suffix: string, points: number, duration: number): RateLimiterAbstract =>
    options.redis
      ? new RateLimiterRedis({ storeClient: options.redis, keyPrefix: `${prefix}:${suffix}`, points, duration, useRedisPackage: false })
      : new RateLimiterMemory({ keyPrefix: `${prefix}:${suffix}`, points, duration });
  const failures = make('fail', options.failures, options.windowSeconds);
  const strikes = make('strike', 1_000_000, 24 * 3600);

  const blockedFor = (res: RateLimiterRes | null) =>
    res && res.remainingPoints <= 0 && res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;

  return {
    async check(key: string): Promise<Verdict> {
      const seconds = blockedFor(await failures.get(key));
      return seconds > 0 ? { allowed: false, retryAfterSeconds: seconds } : { allowed: true };
    },
    /** Counts a failure; returns the block it earned, if any. */
    async recordFailure(key: string): Promise<Verdict> {
      try {
        await failures.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const strike = await strikes.penalty(key, 1);
        const seconds = Math.min(max, base * 2 ** Math.max(0, strike.consumedPoints - 1));
        await failures.block(key, seconds);
        return { allowed: false, retryAfterSeconds: seconds };
      }
    },
    /** A success clears the count (not the strikes: a block earned stays on record for the day). */
    async reset(key: string): Promise<void> {
      await failures.delete(key);
    },
  };
}

export type FailureGuard = ReturnType<typeof createFailureGuard>;
