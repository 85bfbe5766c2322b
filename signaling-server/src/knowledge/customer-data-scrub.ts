/**
 * Removes what identifies a customer from text that becomes an article: their name (whole and
 * each part), email addresses, phone numbers, network and hardware addresses, identifiers and user
 * folders. What stays is the problem and its fix. Pure: the words to remove are passed in.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS: Array<[RegExp, string]> = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[email]'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[id]'],
  [/\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b/gi, '[hardware address]'],
  [/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, '[network address]'],
  [/\b(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}\b/gi, '[network address]'],
  // User folders: the account name is the customer's.
  [/([A-Za-z]:\\(?:Users|Documents and Settings)\\)[^\\\s]+/gi, '$1[user]'],
  [/(\/(?:home|Users)\/)[^/\s]+/g, '$1[user]'],
  // Phone numbers: + or a digit, then 7 or more digits with spaces, dots, dashes or brackets.
  [/(?<![\w.])\+?\d[\d\s().-]{6,}\d(?![\w.])/g, '[phone]'],
  // Serial numbers and account identifiers: long runs of capitals and digits with at least 4 digits
  // (not Windows update numbers such as KB5034441, which say what was installed, not whose).
  [/\b(?!KB\d+\b)(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{8,}\b/g, '[id]'],
];

/** The words of a name worth removing on their own: two letters or more (any script). */
function nameParts(name: string): string[] {
  const parts = name.split(/[\s,.]+/u).filter((p) => [...p].length >= 2);
  return [name.trim(), ...parts].filter(Boolean).sort((a, b) => b.length - a.length);
}

export function removeCustomerData(text: string, known: { names?: Array<string | null | undefined> } = {}): string {
  let result = text;
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  const words = [...new Set((known.names ?? []).flatMap((n) => (n ? nameParts(n) : [])))];
  for (const word of words) {
    // Latin-script names as whole words; names in scripts without spaces wherever they occur.
    const latin = /^[\p{Script=Latin}\p{N}'’-]+$/u.test(word.replace(/\s/g, ''));
    const pattern = latin
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu')
      : new RegExp(escapeRegExp(word), 'gu');
    result = result.replace(pattern, '[customer]');
  }
  return result.replace(/(\[customer\][\s]*){2,}/g, '[customer] ');
}
