import type { EndReason, SessionStatus, TicketOutcome } from '../../protocol';

/**
 * How a request ended that never got help, from the state it was in and why it ended; null when
 * help was given (the session went live) or someone still owes the customer an answer (the
 * engineer dropped or ended it before consent, or the process was interrupted). Such a ticket is
 * filed closed, outside the SLA.
 */
export async function requestOutcome(
  statusAtEnd: SessionStatus,
  reason: EndReason,
  /** Asked only for a request whose code ran out unclaimed (with several processes, a question to every one). */
  engineersWatching: () => Promise<number>,
): Promise<TicketOutcome | null> {
  if (statusAtEnd === 'active' || statusAtEnd === 'ended') return null;
  switch (reason) {
    case 'consent_declined':
      return 'declined';
    case 'customer_ended':
      return 'cancelled';
    case 'customer_disconnected':
      return 'abandoned';
    // Its code ran out while it waited: with no engineer on duty to take it, or with nobody taking it.
    case 'expired':
      return statusAtEnd === 'waiting' && (await engineersWatching()) === 0 ? 'no_engineer' : 'expired';
    default:
      return null;
  }
}
