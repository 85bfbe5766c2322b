import { describe, expect, it } from 'vitest';
import { requestOutcome } from '../../../../signaling-server/src/sessions/request-outcome';

describe('how a request that got no help ended', () => {
  it('asks who is on duty only for an unclaimed request whose code ran out', async () => {
    let asked = 0;
    const watching = (count: number) => () => ((asked += 1), Promise.resolve(count));
    expect(await requestOutcome('waiting', 'expired', watching(0))).toBe('no_engineer');
    expect(await requestOutcome('waiting', 'expired', watching(2))).toBe('expired');
    expect(asked).toBe(2);
    // Every other end is known from the state and the reason alone.
    expect(await requestOutcome('claimed', 'expired', watching(0))).toBe('expired');
    expect(await requestOutcome('waiting', 'customer_ended', watching(0))).toBe('cancelled');
    expect(await requestOutcome('waiting', 'customer_disconnected', watching(0))).toBe('abandoned');
    expect(await requestOutcome('claimed', 'consent_declined', watching(0))).toBe('declined');
    expect(await requestOutcome('active', 'customer_ended', watching(0))).toBeNull();
    expect(await requestOutcome('claimed', 'engineer_ended', watching(0))).toBeNull();
    expect(asked).toBe(2);
  });
});
