import { SLA_TARGETS, type TicketOutcome, type TicketPriority } from '../../protocol';

export interface SlaStatus {
  firstResponseDueAt: number;
  resolutionDueAt: number;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
}

/**
 * Pure SLA arithmetic. A target is breached when it was met late, or is still open past its due
 * time at `now`.
 */
export function slaStatus(
  input: { createdAt: number; priority: TicketPriority; firstResponseAt: number | null; resolvedAt: number | null },
  now: number,
): SlaStatus {
  const target = SLA_TARGETS[input.priority];
  const firstResponseDueAt = input.createdAt + target.firstResponseMs;
  const resolutionDueAt = input.createdAt + target.resolutionMs;
  return {
    firstResponseDueAt,
    resolutionDueAt,
    // Resolving a ticket nobody took (answered by mail, say) stops its first-response clock too.
    firstResponseBreached: (input.firstResponseAt ?? input.resolvedAt ?? now) > firstResponseDueAt,
    resolutionBreached: (input.resolvedAt ?? now) > resolutionDueAt,
  };
}

/** A ticket's SLA status, or none for a request that ended without help (it is outside the SLA). */
export function slaOf(
  ticket: {
    createdAt: number;
    priority: TicketPriority;
    firstResponseAt: number | null;
    resolvedAt: number | null;
    outcome: TicketOutcome | null;
  },
  now: number,
): SlaStatus | undefined {
  return ticket.outcome ? undefined : slaStatus(ticket, now);
}
