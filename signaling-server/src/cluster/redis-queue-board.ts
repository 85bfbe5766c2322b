import type { Redis } from 'ioredis';
import { PACE_SAMPLES, type QueueBoard } from '../sessions/queue-board';
import { queueKey } from './session-directory';

/**
 * The queue across every process, in Redis: places come from the ordered set of waiting requests
 * the directory keeps, the pace from the latest claims on any process, and a process whose queue
 * moved tells the others so their customers hear their new place too.
 */
export async function createRedisQueueBoard(deps: {
  redis: Redis;
  prefix: string;
  self: string;
  onError: (err: unknown, context: string) => void;
}): Promise<QueueBoard & { close(): void }> {
  const claims = `${deps.prefix}:claims`;
  const channel = `${deps.prefix}:queue-moved`;
  const listeners: Array<() => void> = [];
  const subscriber = deps.redis.duplicate();
  await subscriber.subscribe(channel);
  subscriber.on('message', (_channel: string, from: string) => {
    if (from !== deps.self) listeners.forEach((listener) => listener());
  });

  return {
    claimed(at) {
      deps.redis
        .multi()
        .lpush(claims, at)
        .ltrim(claims, 0, PACE_SAMPLES - 1)
        .exec()
        .catch((err) => deps.onError(err, 'recording a claim'));
    },
    async recentClaims() {
      return (await deps.redis.lrange(claims, 0, PACE_SAMPLES - 1)).map(Number).sort((a, b) => a - b);
    },
    async places(waiting) {
      if (waiting.length === 0) return new Map();
      const order = await deps.redis.zrange(queueKey(deps.prefix), '0', '-1');
      const mine = new Set(waiting.map((s) => s.id));
      const places = new Map<string, number>();
      order.forEach((id, index) => {
        if (mine.has(id)) places.set(id, index + 1);
      });
      return places;
    },
    moved() {
      deps.redis.publish(channel, deps.self).catch((err) => deps.onError(err, 'telling the others the queue moved'));
    },
    onMoved: (listener) => void listeners.push(listener),
    close: () => subscriber.disconnect(),
  };
}
