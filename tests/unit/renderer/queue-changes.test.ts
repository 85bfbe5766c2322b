import { describe, expect, it } from 'vitest';
import { applyQueueChange } from '../../../renderer/src/roles/engineer/queue-changes';

const entry = (id: string, createdAt: number, expiresAt = createdAt + 600_000) => ({
  id,
  customerName: id,
  customerLanguage: null,
  description: '',
  earlierTicketId: null,
  canShareScreen: true,
  createdAt,
  expiresAt,
});

describe("the engineer's queue, kept from changes", () => {
  it('adds in waiting order, updates in place and removes claimed or ended requests', () => {
    let queue = applyQueueChange([], { op: 'added', entry: entry('b', 2) });
    queue = applyQueueChange(queue, { op: 'added', entry: entry('a', 1) });
    queue = applyQueueChange(queue, { op: 'added', entry: entry('c', 3) });
    expect(queue.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    queue = applyQueueChange(queue, { op: 'updated', entry: entry('b', 2, 999) });
    expect(queue.map((e) => [e.id, e.expiresAt])).toEqual([
      ['a', 600_001],
      ['b', 999],
      ['c', 600_003],
    ]);
    queue = applyQueueChange(queue, { op: 'removed', sessionId: 'b', reason: 'claimed' });
    queue = applyQueueChange(queue, { op: 'removed', sessionId: 'zzz', reason: 'ended' });
    expect(queue.map((e) => e.id)).toEqual(['a', 'c']);
  });
});
