import type { EndReason, EngineerIdentity, Permission, ServerPayload } from '@firstline/protocol';

/** Where the customer's help request stands, screen by screen. */
export type QueuePosition = ServerPayload<'session:position'>;

export type CustomerEndReason = EndReason | 'connection_lost';

export type CustomerPhase =
  | { name: 'form' }
  | { name: 'waiting'; code: string; createdAt: number; expiresAt: number }
  | { name: 'consent'; engineer: EngineerIdentity; permissions: Permission[] }
  | { name: 'connected'; engineer: EngineerIdentity }
  | { name: 'ended'; reason: CustomerEndReason; engineer: EngineerIdentity | null };
