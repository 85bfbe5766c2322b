import { failure, type QueueEntry, type StaffUser } from '../../protocol';
import { hashToken } from '../auth/session-tokens';
import type { SessionDirectory } from './session-directory';
import type { OwnerRpc } from './owner-rpc';

/** Who sent an event, as the process that holds the socket knows it. */
export interface EventOrigin {
  socketId: string;
  address: string;
  staff: StaffUser | null;
}

type Result = { ok: boolean };

/** Events that never concern a session held elsewhere: they always run where the socket is. */
const ALWAYS_HERE = new Set(['session:create', 'queue:watch', 'colleagues:list']);
/** Events that, answered yes by the owner, make the socket part of that session. */
const JOINS = new Set(['session:claim', 'session:resume', 'invitation:answer']);
const TRIES = 4;

const unavailable = () => failure('busy', 'The server holding this session is not answering; try again in a moment');

/**
 * Runs each client event where its session lives. A socket acting in a session this process
 * holds (or in none) runs here; one whose session another process holds is forwarded to that
 * process, found in the shared directory. When the owner is gone, this process takes its sessions
 * over first (a dead owner's sessions are free for anyone) and then runs the event itself.
 */
export function createSessionRouter(deps: {
  self: string;
  directory: SessionDirectory;
  rpc: OwnerRpc;
  /** The session this process holds for the socket, if any. */
  localSessionOf: (socketId: string) => string | undefined;
  /** Takes over what processes that are gone left behind. */
  takeOverGone: () => Promise<void>;
  /** The owners of other live sessions, for a queue gathered from every process. */
  otherOwners: () => Promise<string[]>;
}) {
  /** Sockets on this process that act in a session held elsewhere, and by whom. */
  const bound = new Map<string, { sessionId: string; owner: string }>();

  async function sessionAddressed(name: string, payload: unknown): Promise<string | null> {
    const p = payload as Record<string, unknown>;
    if (name === 'session:claim' && typeof p.code === 'string') return deps.directory.sessionOfCode(p.code);
    if (name === 'session:resume' && typeof p.customerToken === 'string') return deps.directory.sessionOfToken(hashToken(p.customerToken));
    if (JOINS.has(name) && typeof p.sessionId === 'string') return p.sessionId;
    return null;
  }

  async function forward(sessionId: string, name: string, origin: EventOrigin, payload: unknown, here: () => Promise<Result>) {
    for (let attempt = 0; attempt < TRIES; attempt += 1) {
      const owner = await deps.directory.ownerOf(sessionId);
      if (!owner || owner === deps.self) return here();
      const outcome = await deps.rpc.call(owner, { kind: 'event', name, ...origin, payload });
      if ('answer' in outcome) {
        const result = (outcome.answer ?? failure('internal', 'Something went wrong on our side')) as Result;
        if (result.ok && JOINS.has(name)) bound.set(origin.socketId, { sessionId, owner });
        return result;
      }
      if ('timedOut' in outcome) return unavailable();
      // The owner is gone: take its sessions over, then ask the directory again.
      await deps.takeOverGone();
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
    return unavailable();
  }

  return {
    async route(name: string, origin: EventOrigin, payload: unknown, here: () => Promise<Result>): Promise<Result> {
      if (ALWAYS_HERE.has(name) || deps.localSessionOf(origin.socketId)) return here();
      const sessionId = (await sessionAddressed(name, payload)) ?? bound.get(origin.socketId)?.sessionId;
      return sessionId ? forward(sessionId, name, origin, payload, here) : here();
    },

    /** The session elsewhere this socket joined, if any. */
    boundSession: (socketId: string): string | null => bound.get(socketId)?.sessionId ?? null,

    /** A socket of this process left: the owner of its session is told, as a local leaving would be. */
    async disconnected(socketId: string): Promise<void> {
      const binding = bound.get(socketId);
      bound.delete(socketId);
      if (binding) await deps.rpc.call(binding.owner, { kind: 'disconnect', socketId });
    },

    /** Every other process's waiting requests, to add to this one's for a snapshot of the whole queue. */
    async queueElsewhere(): Promise<QueueEntry[]> {
      const answers = await Promise.all((await deps.otherOwners()).map((owner) => deps.rpc.call(owner, { kind: 'queue' })));
      return answers.flatMap((outcome) => ('answer' in outcome ? ((outcome.answer as { queue?: QueueEntry[] } | null)?.queue ?? []) : []));
    },

    /**
     * Sockets here whose session's owner is gone: they are let go, so their clients reconnect and
     * resume with whoever takes the session over (the media between the peers goes on meanwhile).
     */
    async orphanedSockets(): Promise<string[]> {
      const owners = new Set([...bound.values()].map((b) => b.owner));
      const gone = new Set<string>();
      for (const owner of owners) if (await deps.rpc.isGone(owner)) gone.add(owner);
      const orphans = [...bound].filter(([, b]) => gone.has(b.owner)).map(([socketId]) => socketId);
      orphans.forEach((socketId) => bound.delete(socketId));
      return orphans;
    },
  };
}

export type SessionRouter = ReturnType<typeof createSessionRouter>;
