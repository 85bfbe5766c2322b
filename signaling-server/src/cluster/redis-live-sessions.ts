import type { Redis } from 'ioredis';
import type { LiveSessionRepo, LiveSessionRow } from '../store/live-sessions';

/** Leases not renewed for this long are forgotten (their processes are long gone). */
const FORGET_LEASES_AFTER_MS = 60 * 60_000;

// Each script keeps a session's row and its owner's set of sessions in step, atomically.
const SAVE = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old then
  local previous = cjson.decode(old).owner
  if previous ~= ARGV[3] then redis.call('SREM', ARGV[4] .. previous, ARGV[1]) end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('SADD', ARGV[4] .. ARGV[3], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[3])
return 1`;
const REMOVE = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if not old then return 0 end
redis.call('SREM', ARGV[2] .. cjson.decode(old).owner, ARGV[1])
redis.call('HDEL', KEYS[1], ARGV[1])
return 1`;
const TAKE_OVER = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if not old then return 0 end
local row = cjson.decode(old)
if row.owner ~= ARGV[2] then return 0 end
row.owner = ARGV[3]
row.updatedAt = tonumber(ARGV[4])
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(row))
redis.call('SREM', ARGV[5] .. ARGV[2], ARGV[1])
redis.call('SADD', ARGV[5] .. ARGV[3], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[3])
return 1`;

/**
 * Live sessions' state and the processes' leases in Redis, for processes that share one: the same
 * contract as the database's table (store/live-sessions.ts), so a process that takes over finds
 * the state where the owner left it. Each owner's sessions are a set of their own, so a lease
 * renewal reads only the sessions of owners that are gone.
 */
export function createRedisLiveSessions(redis: Redis, prefix: string): LiveSessionRepo {
  const rows = `${prefix}:live`;
  const owners = `${prefix}:live-owners`;
  const ownerSet = `${prefix}:live-of:`;
  const leases = `${prefix}:leases`;
  const parse = (text: string) => JSON.parse(text) as LiveSessionRow;

  return {
    async save(row) {
      await redis.eval(SAVE, 2, rows, owners, row.sessionId, JSON.stringify(row), row.owner, ownerSet);
    },
    async remove(sessionId) {
      await redis.eval(REMOVE, 1, rows, sessionId, ownerSet);
    },
    async list() {
      return Object.values(await redis.hgetall(rows)).map(parse);
    },
    async listExcept(except) {
      const found: LiveSessionRow[] = [];
      for (const owner of await redis.smembers(owners)) {
        if (except.includes(owner)) continue;
        const ids = await redis.smembers(ownerSet + owner);
        if (ids.length === 0) {
          await redis.srem(owners, owner);
          continue;
        }
        for (const text of await redis.hmget(rows, ...ids)) if (text) found.push(parse(text));
      }
      return found;
    },
    async takeOver(sessionId, from, to, at) {
      return Number(await redis.eval(TAKE_OVER, 2, rows, owners, sessionId, from, to, String(at), ownerSet)) === 1;
    },
    async renewLease(owner, at) {
      await redis.hset(leases, owner, String(at));
    },
    async releaseLease(owner) {
      await redis.hdel(leases, owner);
    },
    async liveOwners(since) {
      const alive = new Set<string>();
      const forgotten: string[] = [];
      for (const [owner, at] of Object.entries(await redis.hgetall(leases))) {
        if (Number(at) >= since) alive.add(owner);
        else if (Number(at) < since - FORGET_LEASES_AFTER_MS) forgotten.push(owner);
      }
      if (forgotten.length > 0) await redis.hdel(leases, ...forgotten);
      return alive;
    },
  };
}
