import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../../signaling-server/src/webhooks/webhook-dispatcher';
import { signWebhook, verifyWebhook } from '../../../../signaling-server/src/webhooks/webhook-signature';

describe('webhook retries and signatures', () => {
  const options = { baseBackoffMs: 10_000, maxBackoffMs: 3_600_000 };

  it('doubles the wait after each failure, up to the cap, spread by ±20%', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, options, () => 0.5))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(backoffMs(30, options, () => 0.5)).toBe(3_600_000);
    expect(backoffMs(1, options, () => 0)).toBe(8_000);
    expect(backoffMs(1, options, () => 0.999_999)).toBeCloseTo(12_000, -1);
  });

  it('signs the timestamp with the body, so a changed body or an old message fails to verify', () => {
    const header = signWebhook('whsec_test', '{"id":"1"}', 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('whsec_test', '{"id":"1"}', header, 1_700_000_100)).toBe(true);
    expect(verifyWebhook('whsec_test', '{"id":"2"}', header, 1_700_000_100)).toBe(false);
    expect(verifyWebhook('whsec_test', '{"id":"1"}', header, 1_700_001_000)).toBe(false);
    expect(verifyWebhook('whsec_test', '{"id":"1"}', 'garbage', 1_700_000_000)).toBe(false);
  });
});
