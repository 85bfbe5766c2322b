import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { ServerOptions } from 'socket.io';
import { clientEvents, failure, type ClientEventName, type ClusterRequest, type QueueEntry } from '../../protocol';
import type { QueueBoard } from '../sessions/queue-board';
import { LEASE_MS } from '../sessions/session-takeover';
import type { LiveSessionRepo } from '../store/live-sessions';
import type { RegistryListener } from '../sessions/session-registry';
import type { SessionService } from '../sessions/session-service';
import { parseClientPayload, runHandler } from '../sessions/socket-handlers';
import type { Dispatch } from '../sessions/socket-server';
import { createOwnerRpc } from './owner-rpc';
import { createRedisLiveSessions } from './redis-live-sessions';
import { createRedisQueueBoard } from './redis-queue-board';
import { createSessionDirectory } from './session-directory';
import { createSessionRouter, type EventOrigin } from './session-router';

type Result = { ok: boolean };
const OWNER_WATCH_MS = 1000;

export interface ClusterNode {
  /** Keeps the shared directory of who holds which session up to date. */
  registryListener: RegistryListener;
  adapter: ServerOptions['adapter'];
  /** Live sessions' state and the processes' leases, in Redis where every process finds them. */
  live: LiveSessionRepo;
  /** Customers' places and the pace of claims over every process's queue. */
  queueBoard: QueueBoard;
  /** Whether a code expired unclaimed on any process. */
  codeExpired: (code: string) => Promise<boolean>;
  dispatch: Dispatch;
  departed: (socketId: string) => void;
  isGone: (owner: string) => Promise<boolean>;
  close: () => Promise<void>;
}

/** Runs an event that another process forwarded, as if its socket were here: validated again, then handled. */
function runForwarded(service: SessionService, request: Extract<ClusterRequest, { kind: 'event' }>): Promise<unknown> {
  if (!Object.hasOwn(clientEvents, request.name)) return Promise.resolve(failure('invalid_payload', 'Unknown event'));
  const name = request.name as ClientEventName;
  const parsed = parseClientPayload(name, request.payload);
  if (!parsed.ok) return Promise.resolve(parsed);
  return runHandler(name, { socketId: request.socketId, address: request.address, staff: request.staff, service }, parsed.data);
}

/**
 * This process as one of several sharing Redis: socket.io's Redis streams adapter carries
 * emits to sockets on other processes, the directory says which process holds each live session,
 * and events for a session held elsewhere are forwarded to its owner.
 */
export async function startClusterNode(deps: {
  redis: Redis;
  /** Keys, channels and streams start with it: processes with the same name work together. */
  name: string;
  self: string;
  service: () => SessionService;
  localQueue: () => QueueEntry[];
  takeOverGone: () => Promise<void>;
  now: () => number;
  leaseMs?: number;
  /** Lets a socket of this process go (its transport closes, so its app reconnects and resumes). */
  closeSocket: (socketId: string) => void;
  /** `sessionId`: the session the failure was about, when there is one (every log line about a session names it). */
  onError: (err: unknown, context: string, sessionId?: string | null) => void;
}): Promise<ClusterNode> {
  const directory = createSessionDirectory({
    redis: deps.redis,
    prefix: deps.name,
    self: deps.self,
    onError: (err, sessionId) => deps.onError(err, 'updating the session directory', sessionId),
  });
  const rpc = await createOwnerRpc({
    redis: deps.redis,
    prefix: deps.name,
    self: deps.self,
    onError: (err, context, request) =>
      deps.onError(err, context, request && 'socketId' in request ? deps.service().sessionIdOf(request.socketId) : null),
    answer: async (request) => {
      if (request.kind === 'queue') return { queue: deps.localQueue() };
      if (request.kind === 'disconnect') return void deps.service().disconnect(request.socketId);
      return runForwarded(deps.service(), request);
    },
  });
  const queueBoard = await createRedisQueueBoard({ redis: deps.redis, prefix: deps.name, self: deps.self, onError: deps.onError });
  const live = createRedisLiveSessions(deps.redis, deps.name);
  const router = createSessionRouter({
    self: deps.self,
    directory,
    rpc,
    localSessionOf: (socketId) => deps.service().sessionIdOf(socketId),
    takeOverGone: deps.takeOverGone,
    otherOwners: async () => [...(await live.liveOwners(deps.now() - (deps.leaseMs ?? LEASE_MS)))].filter((o) => o !== deps.self),
  });

  const dispatch: Dispatch = async (name: string, origin: EventOrigin, payload: unknown, here: () => Promise<Result>) => {
    const result = await router.route(name, origin, payload, here);
    if (name !== 'queue:watch' || !result.ok) return result;
    // The queue is every process's waiting requests, longest wait first.
    const mine = result as Result & { queue: QueueEntry[] };
    const queue = [...mine.queue, ...(await router.queueElsewhere())].sort((a, b) => a.createdAt - b.createdAt);
    return { ...mine, queue };
  };

  // Each second: sockets here in sessions of a process that died are let go, once their sessions
  // are taken over, so their apps resume with the new owner (the media between the peers goes on).
  const ownerWatch = setInterval(() => {
    void (async () => {
      const orphans = await router.orphanedSockets();
      if (orphans.length === 0) return;
      await deps.takeOverGone();
      orphans.forEach(deps.closeSocket);
    })().catch((err) => deps.onError(err, 'checking the owners of sessions elsewhere'));
  }, OWNER_WATCH_MS);
  ownerWatch.unref();

  return {
    registryListener: directory.listener,
    adapter: createAdapter(deps.redis, { streamName: `${deps.name}:sio`, channelPrefix: `${deps.name}:sio`, blockTimeInMs: 1000 }),
    live,
    queueBoard,
    codeExpired: (code) => directory.codeExpired(code),
    dispatch,
    departed: (socketId: string) => {
      const sessionId = router.boundSession(socketId);
      router.disconnected(socketId).catch((err) => deps.onError(err, 'telling the owner a socket left', sessionId));
    },
    isGone: (owner) => rpc.isGone(owner),
    close: async () => {
      clearInterval(ownerWatch);
      queueBoard.close();
      await rpc.close();
    },
  };
}
