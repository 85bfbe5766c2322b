import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import { buildReport } from './report';

const DAY = 86_400_000;

/** The support team's figures for a period: by default the last 30 days. */
export function registerReportRoutes(route: RestRouter, deps: { store: Store; now: () => number }): void {
  route('GET /api/reports', async ({ query }) => {
    const now = deps.now();
    const end = query.to ?? now + 1;
    const start = query.from ?? end - 30 * DAY;
    return {
      ok: true,
      from: start,
      to: end,
      report: buildReport(await deps.store.tickets.reportRows(start, end), now, { from: start, to: end }),
    };
  });
}
