import { describe, expect, it } from 'vitest';
import { generateSessionCode } from '../../../../signaling-server/src/sessions/session-code';
import { formatSessionCode, SessionCodeInput } from '@firstline/protocol';

describe('session codes', () => {
  it('are nine digits from the CSPRNG, zero-padded', () => {
    const codes = new Set(Array.from({ length: 500 }, () => generateSessionCode(() => false)));
    for (const code of codes) expect(code).toMatch(/^\d{9}$/);
    expect(codes.size).toBeGreaterThan(495);
    expect(
      generateSessionCode(
        () => false,
        () => 42,
      ),
    ).toBe('000000042');
  });

  it('skip codes already in use and give up rather than loop forever', () => {
    let calls = 0;
    const code = generateSessionCode(
      (c) => c === '000000001',
      () => (++calls === 1 ? 1 : 2),
    );
    expect(code).toBe('000000002');
    expect(() =>
      generateSessionCode(
        () => true,
        () => 7,
      ),
    ).toThrow(/free session code/);
  });

  it('are read back the way people type them', () => {
    expect(formatSessionCode('123456789')).toBe('123 456 789');
    expect(SessionCodeInput.parse(' 123-456 789 ')).toBe('123456789');
    expect(SessionCodeInput.safeParse('12345678').success).toBe(false);
    expect(SessionCodeInput.safeParse('12345678a').success).toBe(false);
  });
});
