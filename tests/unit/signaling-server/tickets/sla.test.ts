import { describe, expect, it } from 'vitest';
import { SLA_TARGETS } from '@firstline/protocol';
import { slaStatus } from '../../../../signaling-server/src/tickets/sla';

const MIN = 60_000;

describe('SLA arithmetic', () => {
  it('sets due times from the priority', () => {
    expect(slaStatus({ createdAt: 0, priority: 'urgent', firstResponseAt: null, resolvedAt: null }, 0)).toEqual({
      firstResponseDueAt: 15 * MIN,
      resolutionDueAt: 4 * 60 * MIN,
      firstResponseBreached: false,
      resolutionBreached: false,
    });
    expect(SLA_TARGETS.low.resolutionMs).toBe(72 * 60 * MIN);
  });

  it('is met exactly at the due time and breached a millisecond after, answered or still open', () => {
    const due = 4 * 60 * MIN;
    expect(slaStatus({ createdAt: 0, priority: 'normal', firstResponseAt: due, resolvedAt: null }, 0).firstResponseBreached).toBe(false);
    expect(slaStatus({ createdAt: 0, priority: 'normal', firstResponseAt: due + 1, resolvedAt: null }, 0).firstResponseBreached).toBe(true);
    expect(slaStatus({ createdAt: 0, priority: 'normal', firstResponseAt: null, resolvedAt: null }, due + 1).firstResponseBreached).toBe(
      true,
    );
    expect(
      slaStatus({ createdAt: 0, priority: 'normal', firstResponseAt: 1, resolvedAt: 24 * 60 * MIN }, 10 ** 12).resolutionBreached,
    ).toBe(false);
    expect(
      slaStatus({ createdAt: 0, priority: 'normal', firstResponseAt: 1, resolvedAt: null }, 24 * 60 * MIN + 1).resolutionBreached,
    ).toBe(true);
  });

  it('stops the first-response clock when a ticket nobody took is resolved', () => {
    expect(
      slaStatus({ createdAt: 0, priority: 'normal', firstResponseAt: null, resolvedAt: 60 * MIN }, 10 ** 12).firstResponseBreached,
    ).toBe(false);
    expect(
      slaStatus({ createdAt: 0, priority: 'normal', firstResponseAt: null, resolvedAt: 5 * 60 * MIN }, 10 ** 12).firstResponseBreached,
    ).toBe(true);
  });
});
