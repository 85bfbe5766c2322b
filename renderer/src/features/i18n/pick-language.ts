import { ProductLanguage, productLanguageOf } from '@firstline/protocol';

/** Each shipped language by the name it has in itself; a language added to the protocol needs one. */
const NATIVE_NAMES: Record<ProductLanguage, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ar: 'العربية',
  vi: 'Tiếng Việt',
};

/** The product's languages, in the protocol's order, as the language menus list them. */
export const SUPPORTED_LANGUAGES = ProductLanguage.options.map((code) => ({ code, label: NATIVE_NAMES[code] }));

/** A language by the name it has in itself ("العربية"), whatever language the page is in. */
export const languageName = (code: string) => SUPPORTED_LANGUAGES.find((l) => l.code === code)?.label ?? code;

/** The first of the browser's languages the product ships, else English. */
export function pickLanguage(candidates: readonly string[]): ProductLanguage {
  for (const candidate of candidates) {
    const code = productLanguageOf(candidate);
    if (code) return code;
  }
  return 'en';
}
