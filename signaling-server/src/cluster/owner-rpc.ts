import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ClusterEnvelope, type ClusterRequest } from '../../protocol';

/** How a call to another process ended: its answer, or why there is none. */
export type CallOutcome = { answer: unknown } | { gone: true } | { timedOut: true };

/**
 * Requests between server processes over Redis pub/sub: each process listens on a channel of its
 * own and answers what it is asked; a call to a process nobody listens for anymore (it died: Redis
 * dropped its connection) says so at once instead of waiting.
 */
export async function createOwnerRpc(deps: {
  redis: Redis;
  prefix: string;
  self: string;
  answer: (request: ClusterRequest) => Promise<unknown>;
  timeoutMs?: number;
  /** `request`: the one being answered when it failed (its session named in the log). */
  onError: (err: unknown, context: string, request?: ClusterRequest) => void;
}) {
  const channelOf = (owner: string) => `${deps.prefix}:rpc:${owner}`;
  const pending = new Map<string, (answer: unknown) => void>();
  const listener = deps.redis.duplicate();
  await listener.subscribe(channelOf(deps.self));

  const reply = (to: string, id: string, answer: unknown) =>
    deps.redis.publish(channelOf(to), JSON.stringify({ id, answer })).catch((err) => deps.onError(err, 'answering a process'));

  listener.on('message', (_channel: string, text: string) => {
    let envelope: ClusterEnvelope;
    try {
      envelope = ClusterEnvelope.parse(JSON.parse(text));
    } catch (err) {
      return deps.onError(err, 'a malformed message from another process');
    }
    if ('answer' in envelope) {
      pending.get(envelope.id)?.(envelope.answer);
      return;
    }
    const { id, from, request } = envelope;
    deps.answer(request).then(
      (answer) => reply(from, id, answer ?? null),
      (err: unknown) => {
        deps.onError(err, `answering ${request.kind} for another process`, request);
        void reply(from, id, null);
      },
    );
  });

  return {
    async call(owner: string, request: ClusterRequest): Promise<CallOutcome> {
      const id = randomUUID();
      const answered = new Promise<unknown>((resolve) => pending.set(id, resolve));
      let timer: NodeJS.Timeout | undefined;
      try {
        const receivers = await deps.redis.publish(channelOf(owner), JSON.stringify({ id, from: deps.self, request }));
        if (receivers === 0) return { gone: true };
        const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), deps.timeoutMs ?? 5000)));
        const answer = await Promise.race([answered, timeout]);
        return answer === 'timeout' ? { timedOut: true } : { answer };
      } finally {
        clearTimeout(timer);
        pending.delete(id);
      }
    },
    /** True when no process listens for `owner` anymore: it is gone, whatever its lease says. */
    async isGone(owner: string): Promise<boolean> {
      const counts = (await deps.redis.pubsub('NUMSUB', channelOf(owner))) as Array<string | number>;
      return Number(counts[1] ?? 0) === 0;
    },
    async close(): Promise<void> {
      listener.disconnect();
      await Promise.resolve();
    },
  };
}

export type OwnerRpc = Awaited<ReturnType<typeof createOwnerRpc>>;
