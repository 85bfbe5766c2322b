import { describe, expect, it } from 'vitest';
import { foldForSearch, selectiveFragment } from '../../../../signaling-server/src/store/search-index';

describe('search text', () => {
  it('picks the longest word with a digit of a phrase for the index, and nothing otherwise', () => {
    expect(selectiveFragment('message 3 of ticket 4242')).toBe('4242');
    expect(selectiveFragment('error 0x80070005 on 1603')).toBe('0x80070005');
    expect(selectiveFragment('printer offline')).toBeNull();
    expect(selectiveFragment('4242')).toBeNull();
    expect(selectiveFragment('fault 2')).toBeNull();
  });

  it('folds case in every script', () => {
    expect(foldForSearch('ÉCRAN ΣΦΑΛΜΑ Printer')).toBe('écran σφαλμα printer');
  });
});
