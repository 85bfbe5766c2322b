import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/features/i18n/locales/en.json';
import ar from '../../../renderer/src/features/i18n/locales/ar.json';
import vi from '../../../renderer/src/features/i18n/locales/vi.json';
import zhHans from '../../../renderer/src/features/i18n/locales/zh-Hans.json';
import zhHant from '../../../renderer/src/features/i18n/locales/zh-Hant.json';
import { SUPPORTED_LANGUAGES } from '../../../renderer/src/features/i18n/pick-language';

type Tree = { [key: string]: string | Tree };
const locales: Record<string, Tree> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ar, vi };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Keys with their plural suffix taken off, and for each plural key the forms a language gives. */
function byBaseKey(flat: Map<string, string>) {
  const plain = new Map<string, string>();
  const plural = new Map<string, Map<string, string>>();
  for (const [key, text] of flat) {
    const form = PLURAL.exec(key)?.[1];
    if (!form) plain.set(key, text);
    else {
      const base = key.replace(PLURAL, '');
      plural.set(base, (plural.get(base) ?? new Map()).set(form, text));
    }
  }
  return { plain, plural };
}
const categories = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();

describe('translations', () => {
  const reference = byBaseKey(flatten(en));

  it('ship a resource for every language offered in the picker', () => {
    expect(Object.keys(locales).sort()).toEqual(SUPPORTED_LANGUAGES.map((l) => l.code).sort());
  });

  it('have the same keys and the same placeholders in every language, and every plural form the language has', () => {
    for (const [language, tree] of Object.entries(locales)) {
      const { plain, plural } = byBaseKey(flatten(tree));
      expect([...plain.keys()].sort(), language).toEqual([...reference.plain.keys()].sort());
      for (const [key, text] of reference.plain) expect(placeholders(plain.get(key)!), `${language} ${key}`).toEqual(placeholders(text));
      expect([...plural.keys()].sort(), language).toEqual([...reference.plural.keys()].sort());
      for (const [key, forms] of plural) {
        expect([...forms.keys()].sort(), `${language} ${key}`).toEqual(categories(language));
        // 'other' names everything; a form may leave out the count it spells out ("one section").
        const wanted = placeholders(reference.plural.get(key)!.get('other')!);
        expect(placeholders(forms.get('other')!), `${language} ${key}_other`).toEqual(wanted);
        for (const [form, text] of forms) expect(wanted, `${language} ${key}_${form}`).toEqual(expect.arrayContaining(placeholders(text)));
      }
    }
  });

  it('count with plural forms: no plain string takes {{count}}', () => {
    expect([...reference.plain].filter(([, text]) => text.includes('{{count}}')).map(([key]) => key)).toEqual([]);
  });

  it('pick the right form in each language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: Object.fromEntries(Object.entries(locales).map(([l, tree]) => [l, { translation: tree }])), lng: 'en' });
    expect(i18n.t('counts.sections', { count: 1 })).toBe('1 section');
    expect(i18n.t('counts.sections', { count: 3 })).toBe('3 sections');
    expect(i18n.t('counts.sections', { lng: 'ar', count: 2 })).toBe('قسمان');
    expect(i18n.t('counts.sections', { lng: 'ar', count: 5 })).toBe('5 أقسام');
    expect(i18n.t('counts.sections', { lng: 'ar', count: 11 })).toBe('11 قسمًا');
    expect(i18n.t('counts.sections', { lng: 'zh-Hans', count: 1 })).toBe('1 个部分');
  });

  it('keep a ticket number one left-to-right unit in Arabic, so it reads "#42" and not "42#"', () => {
    const numbers = [...flatten(ar).values()].flatMap((text) => [...text.matchAll(/.?#(?:{{\w+}}|\d+).?/g)].map((m) => m[0]));
    expect(numbers.length).toBeGreaterThan(5);
    for (const number of numbers) expect(number, JSON.stringify(number)).toMatch(/^\u2066#.*\u2069$/);
  });

  it('cover every literal key the components ask for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('renderer/src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !reference.plain.has(key) && !reference.plural.has(key));
    expect(missing).toEqual([]);
  });
});
