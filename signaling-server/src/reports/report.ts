import type { Report } from '../../protocol';
import type { ReportInput } from '../store/store';
import { slaStatus } from '../tickets/sla';

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function top<T extends string>(items: T[], limit: number): Array<{ key: T; count: number }> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, count]) => ({ key, count }));
}

const DAY = 86_400_000;
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/** Pure: the support team's figures for a period, from the rows the store returns; with `period`, every day in it (UTC) gets a bar, quiet ones zero. */
export function buildReport(input: ReportInput, now: number, period?: { from: number; to: number }): Report {
  const days = new Map<string, number>();
  if (period) for (let at = Math.floor(period.from / DAY) * DAY; at < period.to; at += DAY) days.set(dayOf(at), 0);
  for (const s of input.sessions) {
    const day = dayOf(s.createdAt);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  // Requests that ended without help (cancelled, declined, ...) are outside the SLA and the resolution figures.
  const worked = input.tickets.filter((t) => t.outcome === null);
  const closed = worked.filter((t) => t.status === 'resolved' || t.status === 'closed');
  const ratings = input.sessions.map((s) => s.rating).filter((r): r is number => r !== null);
  const compliant = worked.filter((t) => {
    const sla = slaStatus(t, now);
    return !sla.firstResponseBreached && !sla.resolutionBreached;
  });
  return {
    sessionsPerDay: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count })),
    sessions: input.sessions.length,
    medianTimeToAnswerMs: median(input.sessions.filter((s) => s.claimedAt !== null).map((s) => s.claimedAt! - s.createdAt)),
    medianDurationMs: median(
      input.sessions.filter((s) => s.claimedAt !== null && s.endedAt !== null).map((s) => s.endedAt! - s.claimedAt!),
    ),
    firstContactResolutionRate: share(closed.filter((t) => t.sessionCount === 1).length, closed.length),
    averageRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
    ratings: ratings.length,
    slaCompliance: share(compliant.length, worked.length),
    topCategories: top(
      input.tickets.map((t) => t.category).filter((c): c is string => c !== null),
      10,
    ).map(({ key, count }) => ({ category: key, count })),
    topFindings: top(input.findingRules, 10).map(({ key, count }) => ({ rule: key, count })),
  };
}
