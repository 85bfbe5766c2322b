import { failure, type Failure, type SignalData } from '../../protocol';
import type { Metrics } from '../http/metrics';
import type { SessionContext } from './session-context';
import type { SessionNotifier } from './session-notifier';
import type { MemberRole, SessionRegistry } from './session-registry';
import type { WatcherRegistry } from './watcher-registry';

/** Held for a member who is briefly away; past this the sender is told to wait. */
export const MAX_HELD_SIGNALS = 256;

/**
 * Relays signalling between the two members of an active session. While one is away (within
 * the reconnect grace), what the other sends is kept in order, up to MAX_HELD_SIGNALS, and
 * handed over the moment they resume, so ICE candidates sent during a short drop are not lost.
 */
export function createSignalRelay(deps: {
  registry: SessionRegistry;
  watchers: WatcherRegistry;
  notifier: SessionNotifier;
  memberSession: SessionContext['memberSession'];
  metrics?: Metrics;
}) {
  const held = new Map<string, SignalData[]>();
  const key = (sessionId: string, role: MemberRole) => `${sessionId}:${role}`;
  const relayed = (): { ok: true } => {
    deps.metrics?.relays.inc();
    return { ok: true };
  };
  // A watching colleague's side connection runs between the customer and them only.
  const toCustomer = (sessionId: string, watcherId: string, data: SignalData) => {
    const customer = deps.registry.memberSocket(sessionId, 'customer');
    if (!customer) return failure('invalid_state', 'The customer is away; try again when they are back');
    deps.notifier.toSocket(customer, 'signal:relay', { data, peer: watcherId });
    return relayed();
  };
  const toWatcher = (sessionId: string, role: MemberRole, watcherId: string, data: SignalData) => {
    if (role !== 'customer') return failure('forbidden', 'Only the customer connects to watching colleagues');
    const target = deps.watchers.socketOf(sessionId, watcherId);
    if (!target) return failure('not_found', 'This colleague is not watching');
    deps.notifier.toSocket(target, 'signal:relay', { data, peer: watcherId });
    return relayed();
  };

  return {
    relay: (socketId: string, data: SignalData, to?: string): { ok: true } | Failure => {
      const watcher = deps.watchers.of(socketId);
      if (watcher) return toCustomer(watcher.sessionId, watcher.engineer.id, data);
      const found = deps.memberSession(socketId);
      if ('ok' in found) return found;
      if (found.session.status !== 'active') return failure('invalid_state', 'Signalling needs consent first');
      if (to !== undefined) return toWatcher(found.session.id, found.role, to, data);
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
      return relayed();
    },
    /** A member is back: what was sent to them while away, in order. */
    deliverHeld(sessionId: string, role: MemberRole, socketId: string): void {
      const queue = held.get(key(sessionId, role));
      held.delete(key(sessionId, role));
      for (const data of queue ?? []) deps.notifier.toSocket(socketId, 'signal:relay', { data });
    },
    forgetFor(sessionId: string, role: MemberRole): void {
      held.delete(key(sessionId, role));
    },
    forget(sessionId: string): void {
      held.delete(key(sessionId, 'customer'));
      held.delete(key(sessionId, 'engineer'));
    },
  };
}
