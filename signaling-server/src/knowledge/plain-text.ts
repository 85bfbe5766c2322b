import { articlePlainText } from '../../protocol';

/** The opening of an article's text, without markup, cut at a word where it can be. */
export function excerptOf(markdown: string, max = 200): string {
  const text = articlePlainText(markdown);
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
