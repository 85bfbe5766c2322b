import { describe, expect, it } from 'vitest';
import { createFailureGuard } from '../../../../signaling-server/src/security/failure-guard';
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

describe('failure guard', () => {
  it('allows six wrong claims a minute per address, then blocks for longer each time', async () => {
    const guard = createFailureGuard({ name: 'claim', failures: 6, windowSeconds: 60, baseBlockSeconds: 60 });
    for (let i = 0; i < 6; i += 1) expect(await guard.recordFailure('10.0.0.1')).toEqual({ allowed: true });
    const first = await guard.recordFailure('10.0.0.1');
    expect(first).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await guard.check('10.0.0.1')).toMatchObject({ allowed: false });
    expect(await guard.check('10.0.0.2')).toEqual({ allowed: true });
    const second = await guard.recordFailure('10.0.0.1');
    expect(second).toEqual({ allowed: false, retryAfterSeconds: 120 });
  });
});
