import { failure, type ControlEndHow } from '../../protocol';
import type { HelpSession, Transition } from './session-machine';

/**
 * Remote control within a session, pure: view-only by default; the engineer asks, the customer
 * answers (unanswered until the request expires, it counts as declined); either side ends it.
 * Every step is an event on the timeline.
 */
export function requestControl(session: HelpSession, now: number, timeoutMs: number): Transition {
  if (session.status !== 'active') return failure('invalid_state', 'Control needs an active session');
  if (session.client !== 'desktop') return failure('invalid_state', 'A customer who joined from a browser cannot be controlled');
  if (!session.sharing) return failure('invalid_state', 'Control needs a shared screen');
  if (session.control.state !== 'off') return failure('invalid_state', 'Control was already asked for');
  return {
    ok: true,
    session: { ...session, control: { state: 'requested', expiresAt: now + timeoutMs } },
    events: [{ type: 'control.requested' }],
  };
}

export function answerControl(session: HelpSession, granted: boolean, now: number): Transition {
  if (session.control.state !== 'requested') return failure('invalid_state', 'Nobody is asking for control');
  if (now >= session.control.expiresAt) return expireControlRequest(session, now);
  return granted
    ? { ok: true, session: { ...session, control: { state: 'granted', since: now } }, events: [{ type: 'control.granted' }] }
    : { ok: true, session: { ...session, control: { state: 'off' } }, events: [{ type: 'control.declined', reason: 'customer' }] };
}

/** A request the customer left unanswered is declined once it expires. */
export function expireControlRequest(session: HelpSession, now: number): Transition {
  if (session.control.state !== 'requested' || now < session.control.expiresAt) return failure('invalid_state', 'No request has expired');
  return { ok: true, session: { ...session, control: { state: 'off' } }, events: [{ type: 'control.declined', reason: 'timeout' }] };
}

/** Control taken back by the customer, or let go by the engineer (a pending request is withdrawn). */
export function endControl(session: HelpSession, how: ControlEndHow): Transition {
  if (session.control.state === 'off') return failure('invalid_state', 'Nobody is in control');
  return { ok: true, session: { ...session, control: { state: 'off' } }, events: [{ type: 'control.revoked', how }] };
}

/** The customer's own mouse or keyboard paused remote input for a moment. */
export function pauseControl(session: HelpSession): Transition {
  if (session.control.state !== 'granted') return failure('invalid_state', 'Nobody is in control');
  return { ok: true, session, events: [{ type: 'control.paused' }] };
}
