import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

describe('translations', () => {
  const reference = flatten(en);

  it('ship a resource for every language offered in the picker', () => {
    expect(Object.keys(locales).sort()).toEqual(SUPPORTED_LANGUAGES.map((l) => l.code).sort());
  });

  it('have the same keys and the same placeholders in every language', () => {
    for (const [language, tree] of Object.entries(locales)) {
      const flat = flatten(tree);
      expect([...flat.keys()].sort(), language).toEqual([...reference.keys()].sort());
      for (const [key, text] of reference) expect(placeholders(flat.get(key)!), `${language} ${key}`).toEqual(placeholders(text));
    }
  });

  it('cover every literal key the components ask for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('renderer/src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !reference.has(key));
    expect(missing).toEqual([]);
  });
});
