/**
 * The arithmetic of failure limits, pure and clocked from outside: a few failures per window are
 * fine; the one that reaches the limit earns a block, twice as long as the key's previous block
 * (up to a cap); strikes are forgotten a day after the last one. The Redis guard runs the same
 * rule as a Lua script (failure-guard-redis.ts); one test table holds both to it.
 */
export interface FailureRule {
  failures: number;
  windowMs: number;
  baseBlockMs: number;
  maxBlockMs: number;
}

export interface FailureState {
  count: number;
  windowStart: number;
  strikes: number;
  lastStrikeAt: number;
  blockedUntil: number;
}

export const STRIKE_MEMORY_MS = 24 * 3600 * 1000;
export const EMPTY_FAILURE_STATE: FailureState = { count: 0, windowStart: 0, strikes: 0, lastStrikeAt: 0, blockedUntil: 0 };

/** What counting an attempt did: refused outright (already blocked), or admitted; `blockedUntil` > now when blocked. */
export interface HitOutcome {
  admitted: boolean;
  blockedUntil: number;
}

export function applyHit(state: FailureState, now: number, rule: FailureRule): { state: FailureState; outcome: HitOutcome } {
  if (now < state.blockedUntil) return { state, outcome: { admitted: false, blockedUntil: state.blockedUntil } };
  const fresh = now - state.windowStart >= rule.windowMs;
  const count = (fresh ? 0 : state.count) + 1;
  const windowStart = fresh ? now : state.windowStart;
  if (count < rule.failures)
    return { state: { ...state, count, windowStart }, outcome: { admitted: true, blockedUntil: state.blockedUntil } };
  const strikes = (now - state.lastStrikeAt > STRIKE_MEMORY_MS ? 0 : state.strikes) + 1;
  const blockedUntil = now + Math.min(rule.maxBlockMs, rule.baseBlockMs * 2 ** (strikes - 1));
  return { state: { count: 0, windowStart: now, strikes, lastStrikeAt: now, blockedUntil }, outcome: { admitted: true, blockedUntil } };
}

/** Gives back a counted attempt that turned out fine (a right password from a busy address). */
export const applyRelease = (state: FailureState): FailureState => ({ ...state, count: Math.max(0, state.count - 1) });

/** A proven success clears the count and any block; the strikes stay on record for the day. */
export const applyReset = (state: FailureState): FailureState => ({ ...state, count: 0, blockedUntil: 0 });
