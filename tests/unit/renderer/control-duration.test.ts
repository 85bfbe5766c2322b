import { describe, expect, it } from 'vitest';
import type { TimelinePayload } from '@firstline/protocol';
import { controlDurationMs } from '../../../renderer/src/features/control/control-duration';

const event = (at: number, payload: TimelinePayload) => ({
  id: String(at),
  sessionId: 's',
  at,
  actor: { role: 'system' as const, name: 'x' },
  payload,
});

describe('how long the engineer was in control', () => {
  it('adds up each grant until its take-back, and ignores requests never granted', () => {
    expect(
      controlDurationMs([
        event(0, { type: 'control.requested' }),
        event(10, { type: 'control.declined', reason: 'timeout' }),
        event(20, { type: 'control.requested' }),
        event(30, { type: 'control.granted' }),
        event(90_030, { type: 'control.paused' }),
        event(120_030, { type: 'control.revoked', how: 'button' }),
        event(200_000, { type: 'control.granted' }),
        event(230_000, { type: 'control.revoked', how: 'session-ended' }),
      ]),
    ).toBe(150_000);
    expect(controlDurationMs([])).toBe(0);
  });
});
