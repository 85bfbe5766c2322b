import type { EndReason, EngineerIdentity, Permission, ServerPayload } from '@firstline/protocol';

/** Where the customer's help request stands, screen by screen. */
export type QueuePosition = ServerPayload<'session:position'>;

export type CustomerEndReason = EndReason | 'connection_lost';

/** What the customer asks for help with; `earlierTicketId` makes it a follow-up of an earlier request. */
export interface HelpRequest {
  customerName: string;
  description: string;
  customerEmail?: string;
  earlierTicketId?: number;
}

export type CustomerPhase =
  /** `earlier`: after a request, the next starts from the same name and email and the last reference. */
  | { name: 'form'; earlier?: Omit<HelpRequest, 'description'> }
  | { name: 'waiting'; code: string; createdAt: number; expiresAt: number }
  | { name: 'consent'; engineer: EngineerIdentity; permissions: Permission[] }
  | { name: 'connected'; engineer: EngineerIdentity }
  /** `reference`: the ticket number the request was filed under, for the customer to quote. */
  | { name: 'ended'; reason: CustomerEndReason; engineer: EngineerIdentity | null; reference: number | null };
