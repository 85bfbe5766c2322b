import { failure, type Failure, type SignalData } from '../../protocol';
import type { Metrics } from '../http/metrics';
import type { SessionContext } from './session-context';
import type { SessionNotifier } from './session-notifier';
import type { MemberRole, SessionRegistry } from './session-registry';

/** Held for a member who is briefly away; past this the sender is told to wait. */
export const MAX_HELD_SIGNALS = 256;

/**
 * Relays signalling between the two members of an active session. While one is away (within
 * the reconnect grace), what the other sends is kept in order, up to MAX_HELD_SIGNALS, and
 * handed over the moment they resume, so ICE candidates sent during a short drop are not lost.
 */
export function createSignalRelay(deps: {
  registry: SessionRegistry;
  notifier: SessionNotifier;
  memberSession: SessionContext['memberSession'];
  metrics?: Metrics;
}) {
  const held = new Map<string, SignalData[]>();
  const key = (sessionId: string, role: MemberRole) => `${sessionId}:${role}`;

  return {
    relay: (socketId: string, data: SignalData): { ok: true } | Failure => {
      const found = deps.memberSession(socketId);
      if ('ok' in found) return found;
      if (found.session.status !== 'active') return failure('invalid_state', 'Signalling needs consent first');
      const other = deps.registry.counterpart(socketId);
      if (other) {
        deps.notifier.toSocket(other, 'signal:relay', { data });
      } else {
        const away = key(found.session.id, found.role === 'customer' ? 'engineer' : 'customer');
        const queue = held.get(away) ?? [];
        if (queue.length >= MAX_HELD_SIGNALS) return failure('busy', 'The other side has been away too long; wait for them to return');
        queue.push(data);
        held.set(away, queue);
      }
      deps.metrics?.relays.inc();
      return { ok: true };
    },
    /** A member is back: what was sent to them while away, in order. */
    deliverHeld(sessionId: string, role: MemberRole, socketId: string): void {
      const queue = held.get(key(sessionId, role));
      held.delete(key(sessionId, role));
      for (const data of queue ?? []) deps.notifier.toSocket(socketId, 'signal:relay', { data });
    },
    forget(sessionId: string): void {
      held.delete(key(sessionId, 'customer'));
      held.delete(key(sessionId, 'engineer'));
    },
  };
}
