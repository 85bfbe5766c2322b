import type { HelpSession } from './session-machine';

/** How many recent claims set the pace of the queue. */
export const PACE_SAMPLES = 20;

/**
 * The whole queue as places and pace: one process's own when it runs alone, every process's
 * when several share the work (see cluster/redis-queue-board.ts).
 */
export interface QueueBoard {
  claimed(at: number): void;
  /** When the latest claims were made (at most PACE_SAMPLES), oldest first. */
  recentClaims(): Promise<number[]>;
  /** The place in the whole queue (1 is next) of each of these waiting sessions. */
  places(waiting: HelpSession[]): Promise<Map<string, number>>;
  /** Tells the other processes their customers may have moved up (nothing to tell alone). */
  moved(): void;
  /** Called when another process says the queue moved. */
  onMoved(listener: () => void): void;
}

/** The queue of this process alone. */
export function localQueueBoard(): QueueBoard {
  const claims: number[] = [];
  return {
    claimed(at) {
      claims.push(at);
      if (claims.length > PACE_SAMPLES) claims.shift();
    },
    recentClaims: () => Promise.resolve([...claims]),
    places: (waiting) => Promise.resolve(new Map(waiting.map((session, index) => [session.id, index + 1]))),
    moved: () => undefined,
    onMoved: () => undefined,
  };
}
