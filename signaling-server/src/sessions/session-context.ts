import { randomUUID } from 'node:crypto';
import { failure, type Failure, type TimelineActor, type TimelinePayload } from '../../protocol';
import type { Metrics } from '../http/metrics';
import type { SessionRowChange, Store } from '../store/store';
import type * as machine from './session-machine';
import type { SessionRegistry } from './session-registry';
import type { LiveState } from './live-state';

/** What every session action needs: who a socket is in its session, and writing events durably. */
export function createSessionContext(deps: {
  registry: SessionRegistry;
  store: Store;
  now: () => number;
  metrics?: Metrics;
  /** The session's state is saved before any of its events is acknowledged. */
  live?: LiveState;
}) {
  const { registry, store, now } = deps;

  const actorFor = (socketId: string, session: machine.HelpSession): TimelineActor => {
    const member = registry.membership(socketId);
    if (member?.role === 'engineer' && session.engineer) return { role: 'engineer', name: session.engineer.name };
    return { role: 'customer', name: session.customerName };
  };

  /**
   * The events (and the session's row change, when given) in one durable write, acknowledged once
   * both it and the session's state saved before it are on disk: queued together, they share one
   * commit.
   */
  async function write(
    sessionId: string,
    actor: TimelineActor,
    events: TimelinePayload[],
    ids?: string[],
    row?: SessionRowChange,
  ): Promise<number | undefined> {
    if (events.length === 0 && !row) return void (await deps.live?.flush(sessionId));
    const stopTimer = deps.metrics?.eventWrite.startTimer();
    const at = now();
    const timeline = events.map((payload, i) => ({ id: ids?.[i] ?? randomUUID(), sessionId, at, actor, payload }));
    const [, ticketId] = await Promise.all([deps.live?.flush(sessionId), store.sessions.change(sessionId, row, timeline)]);
    for (const _ of timeline) stopTimer?.();
    return ticketId;
  }
  const record = async (sessionId: string, actor: TimelineActor, events: TimelinePayload[], ids?: string[]): Promise<void> =>
    void (await write(sessionId, actor, events, ids));
  /** A change of the session's row with the events that say so; gives the id of the ticket it filed, if asked to. */
  const recordChange = (
    sessionId: string,
    actor: TimelineActor,
    row: SessionRowChange,
    events: TimelinePayload[],
  ): Promise<number | undefined> => write(sessionId, actor, events, undefined, row);

  function memberSession(socketId: string): { session: machine.HelpSession; role: 'customer' | 'engineer' } | Failure {
    const member = registry.membership(socketId);
    const session = member && registry.get(member.sessionId);
    if (!member || !session) return failure('not_in_session', 'You are not in a session');
    return { session, role: member.role };
  }

  return { actorFor, record, recordChange, memberSession };
}

export type SessionContext = ReturnType<typeof createSessionContext>;
