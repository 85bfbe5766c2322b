import { z } from 'zod';
import { okWith, type RestRoute } from './rest-route';

/** Ten years: the longest a retention period may be set to (beyond it, keep them until deleted). */
export const RETENTION_MAX_DAYS = 3650;

/**
 * How long the organisation keeps what is most sensitive in a ticket: the screenshots of customers'
 * screens. `null` keeps them until an admin deletes one. The rest of the ticket is kept either way.
 */
export const RetentionSettings = z.object({ screenshotDays: z.number().int().min(1).max(RETENTION_MAX_DAYS).nullable() }).strict();
export type RetentionSettings = z.infer<typeof RetentionSettings>;

/** Who last changed the period, and when: the name they had then, as the timeline keeps actors. */
export const RetentionChange = z.object({ by: z.string(), at: z.number() });
export type RetentionChange = z.infer<typeof RetentionChange>;

export const retentionRoutes = {
  'GET /api/settings/retention': {
    summary: 'How long screenshots are kept',
    access: 'admin',
    response: okWith({ settings: RetentionSettings, changed: RetentionChange.nullable() }),
  },
  'PUT /api/settings/retention': {
    summary: 'Change how long screenshots are kept; those older than the new period are deleted at once (how many: removed)',
    access: 'admin',
    audit: { action: 'retention.updated', details: ['screenshotDays'] },
    body: RetentionSettings,
    response: okWith({ settings: RetentionSettings, removed: z.number().int().min(0), changed: RetentionChange }),
  },
} as const satisfies Record<string, RestRoute>;
