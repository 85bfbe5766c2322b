import { z } from 'zod';
import { StaffUser } from './auth';
import { QueueEntry } from './session';

/**
 * What one server process asks another over Redis when several share the work: the process that
 * holds a live session (its owner) acts on it; the others forward their sockets' actions to it.
 */
export const ClusterRequest = z.discriminatedUnion('kind', [
  /** A client event from a socket on the asking process, already validated there (and again here). */
  z.object({
    kind: z.literal('event'),
    name: z.string().max(64),
    socketId: z.string().max(64),
    address: z.string().max(200),
    staff: StaffUser.nullable(),
    payload: z.unknown(),
  }),
  /** A socket on the asking process that belonged to one of the owner's sessions is gone. */
  z.object({ kind: z.literal('disconnect'), socketId: z.string().max(64) }),
  /** The owner's waiting requests, for an engineer who starts watching the queue elsewhere. */
  z.object({ kind: z.literal('queue') }),
]);
export type ClusterRequest = z.infer<typeof ClusterRequest>;

export const ClusterQueueAnswer = z.object({ queue: z.array(QueueEntry) });

/** A message on a process's channel: a request to answer, or the answer to one it asked. */
export const ClusterEnvelope = z.union([
  z.object({ id: z.string().max(64), from: z.string().max(300), request: ClusterRequest }),
  z.object({ id: z.string().max(64), answer: z.unknown() }),
]);
export type ClusterEnvelope = z.infer<typeof ClusterEnvelope>;
