import { describe, expect, it } from 'vitest';
import { buildReport, median } from '../../../../signaling-server/src/reports/report';

const DAY = 86_400_000;
const MIN = 60_000;

describe('report', () => {
  it('takes the median of odd and even counts, and nothing of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts sessions per day, answer and handling times, first-contact resolution, ratings, SLA, categories and findings', () => {
    const t0 = Date.UTC(2026, 10, 1);
    const report = buildReport(
      {
        sessions: [
          { createdAt: t0, claimedAt: t0 + 2 * MIN, endedAt: t0 + 12 * MIN, rating: 5 },
          { createdAt: t0 + 1000, claimedAt: t0 + 4 * MIN, endedAt: t0 + 34 * MIN, rating: 3 },
          { createdAt: t0 + DAY, claimedAt: null, endedAt: t0 + DAY + 10 * MIN, rating: null },
        ],
        tickets: [
          {
            outcome: null,
            status: 'resolved',
            priority: 'normal',
            category: 'Printing',
            createdAt: t0,
            resolvedAt: t0 + 20 * MIN,
            firstResponseAt: t0 + 2 * MIN,
            sessionCount: 1,
          },
          {
            outcome: null,
            status: 'closed',
            priority: 'urgent',
            category: 'Printing',
            createdAt: t0,
            resolvedAt: t0 + DAY,
            firstResponseAt: t0 + 4 * MIN,
            sessionCount: 2,
          },
          {
            outcome: null,
            status: 'open',
            priority: 'low',
            category: 'Network',
            createdAt: t0 + DAY,
            resolvedAt: null,
            firstResponseAt: null,
            sessionCount: 1,
          },
          // Declined at consent: closed at once, outside the SLA and the resolution figures.
          {
            outcome: 'declined',
            status: 'closed',
            priority: 'normal',
            category: null,
            createdAt: t0,
            resolvedAt: t0 + MIN,
            firstResponseAt: t0 + MIN,
            sessionCount: 1,
          },
        ],
        findingRules: ['disk_full', 'dns_failure', 'disk_full'],
      },
      t0 + DAY + 60 * MIN,
    );
    expect(report.sessionsPerDay).toEqual([
      { day: '2026-11-01', count: 2 },
      { day: '2026-11-02', count: 1 },
    ]);
    expect(report.medianTimeToAnswerMs).toBe((2 * MIN + (4 * MIN - 1000)) / 2);
    expect(report.medianDurationMs).toBe(20 * MIN);
    expect(report.firstContactResolutionRate).toBe(0.5);
    expect(report).toMatchObject({ averageRating: 4, ratings: 2, sessions: 3 });
    // The urgent ticket took a day to resolve (4 h target); the low one is still within 8 h; the declined one does not count.
    expect(report.slaCompliance).toBe(0.667);
    expect(report.topCategories).toEqual([
      { category: 'Printing', count: 2 },
      { category: 'Network', count: 1 },
    ]);
    expect(report.topFindings).toEqual([
      { rule: 'disk_full', count: 2 },
      { rule: 'dns_failure', count: 1 },
    ]);
  });

  it('gives every day of the period a bar, quiet days zero', () => {
    const from = Date.UTC(2026, 10, 1, 9);
    const input = {
      sessions: [{ createdAt: from + 2 * DAY, claimedAt: null, endedAt: null, rating: null }],
      tickets: [],
      findingRules: [],
    };
    expect(buildReport(input, from, { from, to: from + 4 * DAY }).sessionsPerDay).toEqual([
      { day: '2026-11-01', count: 0 },
      { day: '2026-11-02', count: 0 },
      { day: '2026-11-03', count: 1 },
      { day: '2026-11-04', count: 0 },
      { day: '2026-11-05', count: 0 },
    ]);
  });
});
