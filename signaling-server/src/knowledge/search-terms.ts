import { stemmer } from 'stemmer';

/**
 * How text becomes search terms, the same way for articles and for what people type, in the five
 * languages of the product:
 * - Chinese has no spaces: a run of Han characters becomes its characters and its overlapping
 *   pairs ("打印机" → 打, 印, 机, 打印, 印机), the usual CJK indexing: pairs rank phrases, single
 *   characters still match when people word a thing differently (太烫 and 发烫 share 烫).
 * - Vietnamese and other Latin-script text loses its diacritics ("máy in" → may in): customers
 *   often type without them.
 * - Arabic loses its short vowels, has its alef, yeh and teh marbuta forms unified and its article
 *   prefix (ال and the conjunctions before it) removed.
 * - English words are stemmed (Porter: "printing", "printers" → print), a few everyday support
 *   synonyms share one term (mic → microphone, earbuds → headphones), and a hyphenated word also
 *   counts whole ("pop-ups" → pop, up, popup; "Wi-Fi" → wi, fi, wifi).
 * - Words that carry no meaning in a support question (the, is, không, được, في, لا …) are dropped.
 */

const STOPWORDS = new Set(
  [
    // English, with the contractions people type without an apostrophe.
    'a an and are as at be but by can do does for from has have i if in into is it its me my no not of on or our so that the their them then there these this to was we were what when which will with you your',
    'cant dont doesnt didnt isnt wont wasnt couldnt t s',
    // Vietnamese function words (folded).
    'bi cua la va co cho trong voi khi thi nhung mot cac de da duoc toi ban',
    // Arabic function words (folded as below).
    'في من علي عن الي مع هذا هذه ذلك كل او ثم قد ما لم لن لا هو هي انا',
  ]
    .join(' ')
    .split(' '),
);

/** Everyday words for the same thing in support questions, by stem (a Map: "constructor" is a word, not Object's). */
const SYNONYMS = new Map<string, string>(
  Object.entries({
    mic: 'microphon',
    mike: 'microphon',
    earbud: 'headphon',
    earphon: 'headphon',
    headset: 'headphon',
    mail: 'email',
    pc: 'comput',
    laptop: 'comput',
    notebook: 'comput',
    wireless: 'wifi',
    wlan: 'wifi',
  }),
);

const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

const TOKEN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:-(?:(?!\p{Script=Han})[\p{L}\p{N}])+)*)/gu;

/** Lower case, no combining marks (diacritics, Arabic short vowels), the Arabic letter variants unified. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ـ/g, '');
}

function termOf(word: string): string | null {
  const folded = foldWord(word);
  if (STOPWORDS.has(folded)) return null;
  if (/^[a-z]+$/.test(folded)) {
    const stem = folded.length > 3 ? stemmer(folded) : folded;
    return SYNONYMS.get(stem) ?? stem;
  }
  if (/^\p{Script=Arabic}+$/u.test(folded)) {
    const prefix = ARABIC_PREFIXES.find((p) => folded.startsWith(p) && folded.length - p.length >= 2);
    return prefix ? folded.slice(prefix.length) : folded;
  }
  return folded;
}

/** The terms of a text, in order. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    const [, han, word] = match;
    if (han) {
      // Each character as its code point (打 → u6253): the index's radix tree scans a node's
      // children one by one, and thousands of distinct first characters made indexing 6× slower.
      const chars = [...han].map((c) => `u${c.codePointAt(0)!.toString(16)}`);
      terms.push(...chars);
      for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    } else if (word) {
      const parts = word.split('-');
      for (const part of parts.length > 1 ? [...parts, parts.join('')] : parts) {
        const term = termOf(part);
        if (term) terms.push(term);
      }
    }
  }
  return terms;
}

/** A tag as one term (dns_failure, printer-offline), however it would be split as text. */
export const tagTerm = (tag: string) => foldWord(tag.normalize('NFKC').toLowerCase().trim());
