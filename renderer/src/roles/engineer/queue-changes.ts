import type { QueueChange, QueueEntry } from '@firstline/protocol';

/** Pure: the waiting queue after one change, oldest request first. */
export function applyQueueChange(queue: readonly QueueEntry[], change: QueueChange): QueueEntry[] {
  if (change.op === 'removed') return queue.filter((entry) => entry.id !== change.sessionId);
  const others = queue.filter((entry) => entry.id !== change.entry.id);
  return [...others, change.entry].sort((a, b) => a.createdAt - b.createdAt);
}
