import { z } from 'zod';

/** The languages the product ships: its screens, its articles, and what a customer may speak. */
export const ProductLanguage = z.enum(['en', 'zh-Hans', 'zh-Hant', 'ar', 'vi']);
export type ProductLanguage = z.infer<typeof ProductLanguage>;

/**
 * The shipped language a BCP 47 tag stands for ("zh-TW" → zh-Hant, "ar-EG" → ar), or null when
 * the product does not speak it. Chinese without a script or region is Simplified.
 */
export function productLanguageOf(tag: string | undefined | null): ProductLanguage | null {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower.startsWith('zh')) return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
  const parsed = ProductLanguage.safeParse(lower.split(/[-_]/)[0]);
  return parsed.success ? parsed.data : null;
}
