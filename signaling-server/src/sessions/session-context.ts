import { randomUUID } from 'node:crypto';
import { failure, type Failure, type TimelineActor, type TimelinePayload } from '../../protocol';
import type { Metrics } from '../http/metrics';
import type { Store } from '../store/store';
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

  async function record(sessionId: string, actor: TimelineActor, events: TimelinePayload[], ids?: string[]): Promise<void> {
    await deps.live?.flush(sessionId);
    for (const [i, payload] of events.entries()) {
      const stopTimer = deps.metrics?.eventWrite.startTimer();
      await store.sessions.appendEvent({ id: ids?.[i] ?? randomUUID(), sessionId, at: now(), actor, payload });
      stopTimer?.();
    }
  }

  function memberSession(socketId: string): { session: machine.HelpSession; role: 'customer' | 'engineer' } | Failure {
    const member = registry.membership(socketId);
    const session = member && registry.get(member.sessionId);
    if (!member || !session) return failure('not_in_session', 'You are not in a session');
    return { session, role: member.role };
  }

  return { actorFor, record, memberSession };
}

export type SessionContext = ReturnType<typeof createSessionContext>;
