import type { Redis } from 'ioredis';
import { redisFailureOps, type FailureOp } from './failure-guard-redis';
import {
  applyHit,
  applyRelease,
  applyReset,
  EMPTY_FAILURE_STATE,
  STRIKE_MEMORY_MS,
  type FailureRule,
  type FailureState,
  type HitOutcome,
} from './failure-rule';

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
  now?: () => number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** An attempt counted before it is checked: refused when the key is blocked; `retryAfterSeconds` > 0 once it is. */
export interface Reservation {
  admitted: boolean;
  retryAfterSeconds: number;
}

/** The rule over keys held in this process's memory. */
function memoryFailureOps(rule: FailureRule) {
  const states = new Map<string, FailureState>();
  let lastSweep = 0;
  // Past 10,000 keys (an attack from many addresses), keys idle for a day are dropped: at most once
  // a minute, so the sweep never runs on every attempt.
  const forgetOld = (now: number) => {
    if (states.size <= 10_000 || now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [key, state] of states)
      if (now - Math.max(state.windowStart, state.lastStrikeAt, state.blockedUntil) > STRIKE_MEMORY_MS) states.delete(key);
  };
  return async (op: FailureOp, key: string, now: number): Promise<HitOutcome> => {
    forgetOld(now);
    const state = states.get(key) ?? EMPTY_FAILURE_STATE;
    if (op === 'check') return { admitted: now >= state.blockedUntil, blockedUntil: state.blockedUntil };
    if (op === 'release' || op === 'reset') {
      states.set(key, op === 'release' ? applyRelease(state) : applyReset(state));
      return { admitted: true, blockedUntil: 0 };
    }
    const result = applyHit(state, now, rule);
    states.set(key, result.state);
    return result.outcome;
  };
}

/**
 * Counts failures per key (an address, an account): a few per window, then a block that doubles
 * each time the key earns one (1 min to 1 h by default). Counting is atomic, in memory or in Redis,
 * so an attempt can be counted before it is checked ("reserve, then verify"): in a burst of
 * parallel guesses only the first few are ever checked.
 */
export function createFailureGuard(options: FailureGuardOptions) {
  const rule: FailureRule = {
    failures: options.failures,
    windowMs: options.windowSeconds * 1000,
    baseBlockMs: (options.baseBlockSeconds ?? 60) * 1000,
    maxBlockMs: (options.maxBlockSeconds ?? 3600) * 1000,
  };
  const now = options.now ?? Date.now;
  const run = options.redis ? redisFailureOps(options.redis, rule) : memoryFailureOps(rule);
  const prefix = `${options.keyPrefix ?? 'firstline'}:guard:${options.name}:`;
  const secondsUntil = (at: number, from: number) => (at > from ? Math.ceil((at - from) / 1000) : 0);

  return {
    async check(key: string): Promise<Verdict> {
      const at = now();
      const seconds = secondsUntil((await run('check', prefix + key, at)).blockedUntil, at);
      return seconds > 0 ? { allowed: false, retryAfterSeconds: seconds } : { allowed: true };
    },
    /** Counts an attempt as a failure until proven otherwise (release or reset). */
    async reserve(key: string): Promise<Reservation> {
      const at = now();
      const outcome = await run('hit', prefix + key, at);
      return { admitted: outcome.admitted, retryAfterSeconds: secondsUntil(outcome.blockedUntil, at) };
    },
    /** Gives back a reserved attempt that succeeded. */
    async release(key: string): Promise<void> {
      await run('release', prefix + key, now());
    },
    /** A success clears the count and any block (not the strikes: a block earned stays on record for the day). */
    async reset(key: string): Promise<void> {
      await run('reset', prefix + key, now());
    },
  };
}

export type FailureGuard = ReturnType<typeof createFailureGuard>;
