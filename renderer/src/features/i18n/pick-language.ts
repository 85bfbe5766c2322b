export const SUPPORTED_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-Hans', label: '简体中文' },
  { code: 'zh-Hant', label: '繁體中文' },
  { code: 'ar', label: 'العربية' },
  { code: 'vi', label: 'Tiếng Việt' },
] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code'];

const SUPPORTED = new Set<string>(SUPPORTED_LANGUAGES.map((l) => l.code));

/** Maps a BCP 47 tag to the closest language Firstline ships (pure, so it is tested in Node). */
export function normalizeLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
  }
  return lower.split('-')[0] ?? lower;
}

export function pickLanguage(candidates: readonly string[]): LanguageCode {
  for (const candidate of candidates) {
    const code = normalizeLanguage(candidate);
    if (SUPPORTED.has(code)) return code as LanguageCode;
  }
  return 'en';
}
