import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ar from './locales/ar.json';
import vi from './locales/vi.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';
import type { ProductLanguage } from '@firstline/protocol';
import { pickLanguage, SUPPORTED_LANGUAGES } from './pick-language';

const STORAGE_KEY = 'firstline.language';

// Languages differ in their plural forms (English: one/other; Arabic: six; Chinese: one), so not in shape.
const resources: Record<ProductLanguage, { translation: Record<string, unknown> }> = {
  en: { translation: en },
  'zh-Hans': { translation: zhHans },
  'zh-Hant': { translation: zhHant },
  ar: { translation: ar },
  vi: { translation: vi },
};

/** Sets the document's language and direction so right-to-left languages lay out correctly. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

export async function initI18n(): Promise<typeof i18next> {
  const stored = localStorage.getItem(STORAGE_KEY);
  const language = pickLanguage([...(stored ? [stored] : []), ...navigator.languages]);
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: SUPPORTED_LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(language);
  i18next.on('languageChanged', (next) => {
    localStorage.setItem(STORAGE_KEY, next);
    applyToDocument(next);
  });
  return i18next;
}
