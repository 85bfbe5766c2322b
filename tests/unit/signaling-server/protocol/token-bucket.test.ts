import { describe, expect, it } from 'vitest';
import { createTokenBucket } from '@firstline/protocol';

describe('token bucket', () => {
  it('allows a burst, refuses the flood, and refills with time', () => {
    let now = 0;
    const bucket = createTokenBucket({ capacity: 3, refillPerSecond: 2, now: () => now });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 500;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
  });
});
