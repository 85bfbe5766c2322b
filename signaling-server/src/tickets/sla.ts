import type { TicketPriority } from '../../protocol';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Service-level targets by priority: time to first response (an engineer takes it) and to resolution. */
export const SLA_TARGETS: Record<TicketPriority, { firstResponseMs: number; resolutionMs: number }> = {
  urgent: { firstResponseMs: 15 * MINUTE, resolutionMs: 4 * HOUR },
  high: { firstResponseMs: 1 * HOUR, resolutionMs: 8 * HOUR },
  normal: { firstResponseMs: 4 * HOUR, resolutionMs: 24 * HOUR },
  low: { firstResponseMs: 8 * HOUR, resolutionMs: 72 * HOUR },
};

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
export function slaStatus(input: { createdAt: number; priority: TicketPriority; firstResponseAt: number | null; resolvedAt: number | null }, now: number): SlaStatus {
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
