/** Names that appear in the tests' sentences. */
const NAMES = /(Grace Hopper|Bea Colleague|Ana Silva|Acme Support|Lin)/g;

/**
 * A sentence as the page shows it: the names in it may be isolated (U+2068 … U+2069) so that
 * right-to-left text cannot reorder the sentence around them.
 */
export const shown = (sentence: string) => new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(NAMES, '\u2068?$1\u2069?'));
