/**
 * An article's Markdown as plain text: for excerpts (one line) and for chat (lines kept). Links keep
 * their text (and, in chat, a web address after it), code its content; raw HTML goes, scripts and
 * styles with their content. Pure, shared by the server (excerpts) and the consoles (chat).
 */
export function articlePlainText(markdown: string, options: { lines?: boolean } = {}): string {
  const text = markdown
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/```[^\n]*\n?/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_, label: string, url: string) =>
      options.lines && /^https?:\/\//i.test(url) ? `${label} (${url})` : label,
    )
    .replace(/^\s{0,3}(#{1,6}|>)\s+/gm, '')
    .replace(/^\s{0,3}[-*+]\s+/gm, options.lines ? '• ' : '')
    .replace(/[*_`~]/g, '');
  if (!options.lines)
    return text
      .replace(/^\s*\d+[.)]\s+/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
