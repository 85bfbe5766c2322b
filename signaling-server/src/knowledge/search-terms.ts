import { stemmer } from 'stemmer';

/**
 * How text becomes search terms, the same way for articles and for what people type, in the five
 * languages of the product:
 * - Chinese has no spaces: a run of Han characters becomes its overlapping pairs ("打印机" → 打印,
 *   印机), the usual bigram indexing, so a phrase matches whatever the words' boundaries are.
 * - Vietnamese and other Latin-script text loses its diacritics ("máy in" → may in): customers
 *   often type without them.
 * - Arabic loses its short vowels, has its alef, yeh and teh marbuta forms unified and its article
 *   prefix (ال and the conjunctions before it) removed.
 * - English words are stemmed (Porter: "printing", "printers" → print) and a few very common words dropped.
 */

const ENGLISH_STOPWORDS = new Set(
  'a an and are as at be but by can do does for from has have i if in into is it its me my no not of on or our so that the their them then there these this to was we were what when which will with you your'.split(
    ' ',
  ),
);

const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

const TOKEN = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu;

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
  if (/^[a-z]+$/.test(folded)) {
    if (ENGLISH_STOPWORDS.has(folded)) return null;
    return folded.length > 3 ? stemmer(folded) : folded;
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
      const chars = [...han];
      if (chars.length === 1) terms.push(han);
      for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    } else if (word) {
      const term = termOf(word);
      if (term) terms.push(term);
    }
  }
  return terms;
}

/** A tag as one term (dns_failure, printer-offline), however it would be split as text. */
export const tagTerm = (tag: string) => foldWord(tag.normalize('NFKC').toLowerCase().trim());
