import type { Redis } from 'ioredis';
import { STRIKE_MEMORY_MS, type FailureRule, type HitOutcome } from './failure-rule';

// failure-rule.ts's applyHit / applyRelease / applyReset, run atomically inside Redis so that
// parallel attempts on any number of processes are counted one by one. The clock comes in as an
// argument, as in the pure rule.
const SCRIPT = `
local key, op = KEYS[1], ARGV[1]
local now, failures, windowMs, baseMs, maxMs, strikeMemoryMs = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local s = redis.call('HMGET', key, 'count', 'windowStart', 'strikes', 'lastStrikeAt', 'blockedUntil')
local count, windowStart, strikes, lastStrikeAt, blockedUntil = tonumber(s[1]) or 0, tonumber(s[2]) or 0, tonumber(s[3]) or 0, tonumber(s[4]) or 0, tonumber(s[5]) or 0
local admitted = 1
if op == 'hit' then
  if now < blockedUntil then
    admitted = 0
  else
    if now - windowStart >= windowMs then count = 0; windowStart = now end
    count = count + 1
    if count >= failures then
      if now - lastStrikeAt > strikeMemoryMs then strikes = 0 end
      strikes = strikes + 1
      blockedUntil = now + math.min(maxMs, baseMs * 2 ^ (strikes - 1))
      count = 0; windowStart = now; lastStrikeAt = now
    end
  end
elseif op == 'release' then
  count = math.max(0, count - 1)
elseif op == 'reset' then
  count = 0; blockedUntil = 0
end
if op ~= 'check' then
  redis.call('HSET', key, 'count', count, 'windowStart', windowStart, 'strikes', strikes, 'lastStrikeAt', lastStrikeAt, 'blockedUntil', blockedUntil)
  redis.call('PEXPIRE', key, strikeMemoryMs + maxMs)
end
return { admitted, tostring(blockedUntil) }
`;

export type FailureOp = 'hit' | 'release' | 'reset' | 'check';

/** Runs one operation of the rule on one key in Redis, atomically. */
export function redisFailureOps(redis: Redis, rule: FailureRule) {
  return async (op: FailureOp, key: string, now: number): Promise<HitOutcome> => {
    const args = [op, now, rule.failures, rule.windowMs, rule.baseBlockMs, rule.maxBlockMs, STRIKE_MEMORY_MS];
    const [admitted, blockedUntil] = (await redis.eval(SCRIPT, 1, key, ...args.map(String))) as [number, string];
    return { admitted: admitted === 1, blockedUntil: Number(blockedUntil) };
  };
}
