import { z } from 'zod';

/** The support team's figures for a period (GET /api/reports). */
export const Report = z.object({
  sessionsPerDay: z.array(z.object({ day: z.string(), count: z.number() })),
  sessions: z.number(),
  medianTimeToAnswerMs: z.number().nullable(),
  medianDurationMs: z.number().nullable(),
  firstContactResolutionRate: z.number().nullable(),
  averageRating: z.number().nullable(),
  ratings: z.number(),
  slaCompliance: z.number().nullable(),
  topCategories: z.array(z.object({ category: z.string(), count: z.number() })),
  topFindings: z.array(z.object({ rule: z.string(), count: z.number() })),
});
export type Report = z.infer<typeof Report>;
