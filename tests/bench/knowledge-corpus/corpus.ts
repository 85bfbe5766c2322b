import type { ArticleLanguage } from '@firstline/protocol';
import { ar } from './ar';
import type { LanguageCorpus } from './corpus-types';
import { en } from './en';
import { vi } from './vi';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export const CORPORA: Record<ArticleLanguage, LanguageCorpus> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ar, vi };

/** The tags of each filler "thing", by its position (the same in every language). */
const THING_TAGS = [
  ['outlook', 'email'],
  ['teams'],
  ['browser'],
  ['excel', 'office'],
  ['word', 'office'],
  ['zoom'],
  ['printer'],
  ['vpn', 'network'],
  ['onedrive', 'cloud'],
  ['wifi', 'network'],
  ['laptop'],
  ['camera'],
  ['bluetooth'],
  ['keyboard'],
  ['monitor', 'display'],
];

export interface SeedArticle {
  language: ArticleLanguage;
  title: string;
  body: string;
  tags: string[];
  /** Set on the labelled articles: the topic whose queries should find it. */
  topic?: string;
}

/** A small deterministic generator, so every run seeds the same articles. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/**
 * `total` articles: the labelled ones (one per topic and language), and filler made of the same
 * things (Outlook, the printer, Wi-Fi …) going wrong in other ways, so the words the labelled
 * queries use are everywhere and only ranking tells the right article apart.
 */
export function buildCorpus(total: number): SeedArticle[] {
  const articles: SeedArticle[] = [];
  for (const [language, corpus] of Object.entries(CORPORA) as Array<[ArticleLanguage, LanguageCorpus]>)
    for (const [topic, t] of Object.entries(corpus.topics)) articles.push({ language, title: t.title, body: t.body, tags: t.tags, topic });
  const languages = Object.keys(CORPORA) as ArticleLanguage[];
  const next = random(20261203);
  const perLanguage = Math.ceil((total - articles.length) / languages.length);
  for (const language of languages) {
    const { things, troubles, contexts, steps } = CORPORA[language].filler;
    const combos: Array<[number, number, number]> = [];
    for (let a = 0; a < things.length; a++)
      for (let b = 0; b < troubles.length; b++) for (let c = 0; c < contexts.length; c++) combos.push([a, b, c]);
    combos.sort(() => next() - 0.5);
    for (let i = 0; i < perLanguage && articles.length < total; i++) {
      const [a, b, c] = combos[i % combos.length]!;
      const round = Math.floor(i / combos.length);
      const sep = language.startsWith('zh') ? '' : ' ';
      const title = [things[a], troubles[b], contexts[c]].join(sep) + (round > 0 ? ` (${round + 1})` : '');
      const body = [
        title + (language.startsWith('zh') ? '。' : '.'),
        steps[(a + b) % steps.length],
        steps[(b + c + 1) % steps.length],
      ].join(' ');
      articles.push({ language, title, body, tags: THING_TAGS[a]!, topic: undefined });
    }
  }
  return articles;
}

/** Every labelled query: its text, its language and the topic it should find. */
export function labelledQueries(): Array<{ language: ArticleLanguage; text: string; topic: string }> {
  return (Object.entries(CORPORA) as Array<[ArticleLanguage, LanguageCorpus]>).flatMap(([language, corpus]) =>
    Object.entries(corpus.topics).flatMap(([topic, t]) => t.queries.map((text) => ({ language, text, topic }))),
  );
}
