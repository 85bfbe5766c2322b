import { describe, expect, it } from 'vitest';
import { createNearMissCounter, digitDistance } from '../../../../signaling-server/src/sessions/near-miss';

describe('near-miss counting', () => {
  it('measures how many digits differ', () => {
    expect(digitDistance('123456789', '123456789')).toBe(0);
    expect(digitDistance('123456789', '123456780')).toBe(1);
    expect(digitDistance('123456789', '923456780')).toBe(2);
    expect(digitDistance('123456789', '12345678')).toBe(9);
  });

  it('counts guesses within two digits of a live code and retires it at the tenth', () => {
    const counter = createNearMissCounter(10, 2);
    const live = ['123456789', '555555555'];
    // Nine guesses one digit off, then one two digits off: the tenth near miss retires the code.
    for (let d = 0; d < 9; d += 1) expect(counter.record(`12345678${d}`, live)).toEqual([]);
    expect(counter.record('000000000', live)).toEqual([]);
    expect(counter.record('123456700', live)).toEqual(['123456789']);
    counter.forget('123456789');
    expect(counter.record('123456700', live)).toEqual([]);
  });
});
