import type { Logger } from 'pino';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import { createRetentionPolicy } from './retention-policy';

/** How often each process looks for screenshots past the retention period (and once at start). */
export const RETENTION_SWEEP_MS = 60 * 60 * 1000;

/** /api/settings/retention, and the sweeps that apply it: at start, then every hour. */
export function startRetention(route: RestRouter, deps: { store: Store; now: () => number; log: Logger; sweepMs?: number }) {
  const policy = createRetentionPolicy(deps);

  route('GET /api/settings/retention', async () => {
    const [settings, changed] = await Promise.all([policy.settings(), policy.lastChange()]);
    return { ok: true, settings, changed };
  });
  route('PUT /api/settings/retention', async ({ staff, body }) => {
    const result = await policy.update(body, staff);
    deps.log.info({ by: staff.id, settings: result.settings, removed: result.removed }, 'retention period changed');
    return { ok: true, ...result };
  });

  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = policy
      .sweep()
      .then((removed) => {
        if (removed > 0) deps.log.info({ removed }, 'deleted screenshots past the retention period');
      })
      .catch((err) => deps.log.error({ err }, 'retention sweep failed'));
  };
  sweep();
  const timer = setInterval(sweep, deps.sweepMs ?? RETENTION_SWEEP_MS);
  timer.unref();
  return {
    /** Stops sweeping, once the sweep under way (if any) is done. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
