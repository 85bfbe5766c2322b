import { productLanguageOf, type ProductLanguage } from '@firstline/protocol';

export const SUPPORTED_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-Hans', label: '简体中文' },
  { code: 'zh-Hant', label: '繁體中文' },
  { code: 'ar', label: 'العربية' },
  { code: 'vi', label: 'Tiếng Việt' },
] as const satisfies ReadonlyArray<{ code: ProductLanguage; label: string }>;
export type LanguageCode = ProductLanguage;

/** A language by the name it has in itself ("العربية"), whatever language the page is in. */
export const languageName = (code: string) => SUPPORTED_LANGUAGES.find((l) => l.code === code)?.label ?? code;

/** The first of the browser's languages the product ships, else English. */
export function pickLanguage(candidates: readonly string[]): LanguageCode {
  for (const candidate of candidates) {
    const code = productLanguageOf(candidate);
    if (code) return code;
  }
  return 'en';
}
