import {
  CONTROL_REQUEST_TIMEOUT_MS,
  failure,
  type ControlEndHow,
  type ControlState,
  type Failure,
  type TimelineActor,
  SYSTEM_ACTOR,
} from '../../protocol';
import * as control from './control-machine';
import type { HelpSession, Transition } from './session-machine';
import type { SessionContext } from './session-context';
import type { SessionNotifier } from './session-notifier';
import type { SessionRegistry } from './session-registry';
import { defaultSchedule, type Schedule } from './reconnect-grace';

type Ok<T = object> = { ok: true } & T;

/** However often the customer's own input pauses control, the timeline notes it at most this often. */
const PAUSE_NOTE_EVERY_MS = 10_000;

/**
 * Remote control consent, on the server: the engineer asks, the customer is asked separately and
 * answers (or the request expires after 30 s), either side ends it; both members are told each
 * change and every step lands on the timeline. The injection itself happens on the customer's
 * machine, which checks the grant again before anything is injected.
 */
export function createRemoteControlService(
  deps: Pick<SessionContext, 'record' | 'memberSession' | 'actorFor'> & {
    registry: SessionRegistry;
    notifier: SessionNotifier;
    now: () => number;
    timeoutMs?: number;
    schedule?: Schedule;
    onError?: (err: unknown, context: string, sessionId?: string) => void;
  },
) {
  const { registry, notifier, now, record, actorFor, memberSession } = deps;
  const schedule = deps.schedule ?? defaultSchedule;
  const expiries = new Map<string, () => void>();
  const lastPauseNote = new Map<string, number>();

  const cancelExpiry = (sessionId: string) => {
    expiries.get(sessionId)?.();
    expiries.delete(sessionId);
  };

  async function apply(
    session: HelpSession,
    transition: Transition,
    actor: TimelineActor,
  ): Promise<Ok<{ control: ControlState }> | Failure> {
    if (!transition.ok) return transition;
    registry.update(transition.session);
    await record(session.id, actor, transition.events);
    for (const socketId of registry.socketsOf(session.id)) {
      notifier.toSocket(socketId, 'control:changed', { control: transition.session.control, engineer: transition.session.engineer });
    }
    return { ok: true, control: transition.session.control };
  }

  function memberAs(socketId: string, role: 'customer' | 'engineer'): HelpSession | Failure {
    const found = memberSession(socketId);
    if ('ok' in found) return found;
    if (found.role !== role)
      return failure(
        'forbidden',
        role === 'engineer' ? 'Only the engineer asks for control' : 'Only the customer answers for their computer',
      );
    return found.session;
  }

  return {
    async requestControl(socketId: string) {
      const session = memberAs(socketId, 'engineer');
      if ('ok' in session) return session;
      const timeoutMs = deps.timeoutMs ?? CONTROL_REQUEST_TIMEOUT_MS;
      const result = await apply(session, control.requestControl(session, now(), timeoutMs), actorFor(socketId, session));
      if (result.ok) {
        expiries.set(
          session.id,
          schedule(() => {
            expiries.delete(session.id);
            const current = registry.get(session.id);
            if (!current || current.control.state !== 'requested') return;
            apply(current, control.expireControlRequest(current, Math.max(now(), current.control.expiresAt)), SYSTEM_ACTOR).catch((err) =>
              deps.onError?.(err, 'expiring a request for control', session.id),
            );
          }, timeoutMs),
        );
      }
      return result;
    },

    async respondControl(socketId: string, granted: boolean) {
      const session = memberAs(socketId, 'customer');
      if ('ok' in session) return session;
      cancelExpiry(session.id);
      return apply(session, control.answerControl(session, granted, now()), actorFor(socketId, session));
    },

    /** The customer takes control back (button, shortcut); the engineer lets go ("engineer" only). */
    async endControl(socketId: string, how: Exclude<ControlEndHow, 'session-ended'>) {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if ((found.role === 'engineer') !== (how === 'engineer')) return failure('forbidden', 'Each side ends control in its own way');
      cancelExpiry(found.session.id);
      return apply(found.session, control.endControl(found.session, how), actorFor(socketId, found.session));
    },

    async reportControlPause(socketId: string): Promise<Ok | Failure> {
      const session = memberAs(socketId, 'customer');
      if ('ok' in session) return session;
      if (session.control.state !== 'granted') return failure('invalid_state', 'Nobody is in control');
      if (now() - (lastPauseNote.get(session.id) ?? -Infinity) < PAUSE_NOTE_EVERY_MS) return { ok: true };
      lastPauseNote.set(session.id, now());
      const result = await apply(session, control.pauseControl(session), actorFor(socketId, session));
      return result.ok ? { ok: true } : result;
    },

    disposeControl(): void {
      for (const cancel of expiries.values()) cancel();
      expiries.clear();
    },
  };
}
