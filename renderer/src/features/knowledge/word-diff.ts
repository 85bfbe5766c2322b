import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Word by word, what changed from one text to another (pure; jsdiff's Myers diff). */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWordsWithSpace(from, to).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
