import type { Redis } from 'ioredis';
import type { HelpSession } from '../sessions/session-machine';
import type { RegistryListener } from '../sessions/session-registry';

/** How long an expired code is remembered, as each process does for its own. */
const EXPIRED_CODE_MEMORY_MS = 60 * 60 * 1000;

export const queueKey = (prefix: string) => `${prefix}:queue`;

/**
 * Where each live session is held, shared in Redis by every process: session → owning process,
 * waiting code → session, customer token (hashed) → session, and the waiting ones in order. A process that is asked about a
 * session it does not hold looks here, then forwards to the owner.
 */
export function createSessionDirectory(deps: {
  redis: Redis;
  prefix: string;
  self: string;
  onError: (err: unknown, sessionId?: string) => void;
}) {
  const owners = `${deps.prefix}:dir:owner`;
  const codes = `${deps.prefix}:dir:code`;
  const tokens = `${deps.prefix}:dir:token`;
  /** Every process's waiting requests, by when they arrived: places in the whole queue. */
  const queue = queueKey(deps.prefix);
  /** What this process wrote for each of its sessions, to take it back when the session ends or its code changes. */
  const written = new Map<string, { code: string | null; tokenHash: string }>();

  const place = (session: HelpSession, tokenHash: string) => {
    const before = written.get(session.id);
    const code = session.status === 'waiting' ? session.code : null;
    const batch = deps.redis.multi().hset(owners, session.id, deps.self).hset(tokens, tokenHash, session.id);
    if (before?.code && before.code !== code) batch.hdel(codes, before.code);
    if (code) batch.hset(codes, code, session.id).zadd(queue, session.createdAt, session.id);
    else batch.zrem(queue, session.id);
    written.set(session.id, { code, tokenHash });
    // Commands on one connection run in order, so a session's entries never go back in time.
    batch.exec().catch((err) => deps.onError(err, session.id));
  };

  const expiredCode = (code: string) => `${deps.prefix}:expired:${code}`;

  const listener: Required<RegistryListener> = {
    saved: place,
    restored: place,
    expired(code) {
      deps.redis.set(expiredCode(code), '1', 'PX', EXPIRED_CODE_MEMORY_MS).catch((err) => deps.onError(err));
    },
    removed(sessionId) {
      const entry = written.get(sessionId);
      written.delete(sessionId);
      const batch = deps.redis.multi().hdel(owners, sessionId).zrem(queue, sessionId);
      if (entry?.code) batch.hdel(codes, entry.code);
      if (entry) batch.hdel(tokens, entry.tokenHash);
      batch.exec().catch((err) => deps.onError(err, sessionId));
    },
  };

  return {
    listener,
    ownerOf: (sessionId: string) => deps.redis.hget(owners, sessionId),
    sessionOfCode: (code: string) => deps.redis.hget(codes, code),
    sessionOfToken: (tokenHash: string) => deps.redis.hget(tokens, tokenHash),
    /** A code that expired unclaimed on any process within the hour. */
    codeExpired: async (code: string) => (await deps.redis.exists(expiredCode(code))) === 1,
  };
}

export type SessionDirectory = ReturnType<typeof createSessionDirectory>;
