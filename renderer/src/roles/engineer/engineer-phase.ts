import type { EndReason, SessionView } from '@firstline/protocol';

/** Where the engineer's console stands: the queue, or one session from claim to wrap-up. */
export type EngineerPhase =
  | { name: 'queue' }
  | { name: 'awaiting-consent'; session: SessionView }
  | { name: 'active'; session: SessionView }
  | { name: 'ended'; session: SessionView; reason: EndReason | 'connection_lost'; ticketId: number | null };
