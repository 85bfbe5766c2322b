import { randomUUID } from 'node:crypto';
import { RETENTION_MAX_DAYS, RetentionChange, SYSTEM_ACTOR, type RetentionSettings } from '../../protocol';
import type { Store } from '../store/store';

const SCREENSHOT_DAYS_KEY = 'retention.screenshotDays';
/** Where the last change was kept before the audit trail (migration 0020) held it; read, never written. */
const CHANGED_BEFORE_THE_TRAIL_KEY = 'retention.changed';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Screenshots deleted per transaction: a sweep never holds the database for long. */
const SWEEP_BATCH = 200;

export type RetentionPolicy = ReturnType<typeof createRetentionPolicy>;

/**
 * The organisation's retention period for screenshots: once a screenshot is older, it is deleted
 * for good and its session's timeline says so (Firstline did it, under which period). Any number
 * of processes may sweep at once: each screenshot is deleted, and its line written, once.
 */
export function createRetentionPolicy(deps: { store: Store; now: () => number }) {
  const { store, now } = deps;

  async function settings(): Promise<RetentionSettings> {
    const days = Number(await store.settings.get(SCREENSHOT_DAYS_KEY));
    return { screenshotDays: Number.isInteger(days) && days >= 1 && days <= RETENTION_MAX_DAYS ? days : null };
  }

  /**
   * Who last changed the period and when: the audit trail's latest entry for it; for a change made
   * before the trail existed, what was kept beside the period then. Null while it was never changed.
   */
  async function lastChange(): Promise<RetentionChange | null> {
    const [entry] = (await store.audit.list({ action: 'retention.updated', page: 1, pageSize: 1 })).entries;
    if (entry) return { by: entry.actor.name, at: entry.at };
    const stored = await store.settings.get(CHANGED_BEFORE_THE_TRAIL_KEY);
    if (!stored) return null;
    try {
      const parsed = RetentionChange.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Deletes what is past the period; how many went. */
  async function sweep(): Promise<number> {
    const { screenshotDays: days } = await settings();
    if (days === null) return 0;
    const at = now();
    const cutoff = at - days * DAY_MS;
    let removed = 0;
    for (;;) {
      const batch = await store.screenshots.expireTakenBefore(cutoff, SWEEP_BATCH, (sessionId, screenshotIds) => ({
        id: randomUUID(),
        sessionId,
        at,
        actor: SYSTEM_ACTOR,
        payload: { type: 'screenshots.expired', screenshotIds, days },
      }));
      removed += batch;
      if (batch < SWEEP_BATCH) return removed;
    }
  }

  return {
    settings,
    lastChange,
    sweep,
    /** A shorter period applies at once: what it no longer keeps is deleted before this answers. Who changed it goes on the audit trail (the route's). */
    async update(
      next: RetentionSettings,
      by: { name: string },
    ): Promise<{ settings: RetentionSettings; removed: number; changed: RetentionChange }> {
      const changed = { by: by.name, at: now() };
      await store.settings.set(SCREENSHOT_DAYS_KEY, next.screenshotDays === null ? '' : String(next.screenshotDays));
      return { settings: await settings(), removed: await sweep(), changed };
    },
  };
}
