import type { TFunction } from 'i18next';
import type { FieldIssue } from '@firstline/protocol';

/** The field a path ends in: `['tags', 0]` is in `tags`. */
export const fieldOf = (path: FieldIssue['path']) => [...path].reverse().find((key): key is string => typeof key === 'string') ?? '';

/**
 * A refused field in the reader's words: "Tags: this is not in the expected form. Use letters,
 * digits and - _ . only." The field is named as its form labels it (its own entry, a ticket
 * field's, or "A field"). The server's own message stays in English, for logs and developers.
 */
export function fieldIssueText(issue: FieldIssue, t: TFunction): string {
  const name = fieldOf(issue.path);
  const limit = issue.limit ?? 0;
  const sentence = t(`fieldErrors.${issue.problem}`, {
    field: t([`fieldNames.${name}`, `ticketFields.${name}`, 'fieldNames.unknown']),
    limit,
    size: t('counts.characters', { count: limit }),
  });
  const hint = issue.problem === 'wrong_format' && name ? t(`fieldHints.${name}`, { defaultValue: '' }) : '';
  // Sentences follow each other with a space, or without one in Chinese.
  return hint ? t('fieldHints.withHint', { sentence, hint }) : sentence;
}
