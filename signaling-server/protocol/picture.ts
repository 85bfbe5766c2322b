import { z } from 'zod';

/**
 * How the customer's screen is encoded for the engineer. Support work needs legible text first and
 * motion second: every preset keeps the resolution and gives up frames rate or sharpness instead,
 * except "fastest", which the engineer picks when following motion matters more.
 */
export const PictureQuality = z.enum(['best', 'balanced', 'fastest']);
export type PictureQuality = z.infer<typeof PictureQuality>;

/** The largest picture height the engineer wants ('native': as captured). */
export const ResolutionCap = z.union([z.literal('native'), z.literal(1440), z.literal(1080), z.literal(720)]);
export type ResolutionCap = z.infer<typeof ResolutionCap>;

export const PictureChoice = z.object({ quality: PictureQuality, cap: ResolutionCap });
export type PictureChoice = z.infer<typeof PictureChoice>;

export const DEFAULT_PICTURE: PictureChoice = { quality: 'balanced', cap: 'native' };

/** What the customer's sender applied, read back from getParameters(), so the engineer sees it took. */
export const PictureApplied = z.object({
  choice: PictureChoice,
  contentHint: z.string().max(16),
  degradationPreference: z.string().max(32).nullable(),
  maxBitrate: z.number().int().min(0).nullable(),
  maxFramerate: z.number().min(0).nullable(),
  scaleResolutionDownBy: z.number().min(1).nullable(),
  codec: z.string().max(64).nullable(),
});
export type PictureApplied = z.infer<typeof PictureApplied>;

/** Data-channel messages: the engineer's choice, and the customer's read-back. */
export const PictureMessages = [
  z.object({ kind: z.literal('picture-quality'), choice: PictureChoice }),
  z.object({ kind: z.literal('picture-applied'), applied: PictureApplied }),
] as const;
