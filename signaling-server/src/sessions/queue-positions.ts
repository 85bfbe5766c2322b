import type { SessionNotifier } from './session-notifier';
import type { SessionRegistry } from './session-registry';

const PACE_WINDOW_MS = 60 * 60_000;
const PACE_SAMPLES = 20;

/**
 * Tells each waiting customer their place in the queue and, once engineers have been taking
 * requests, about how long until their turn: the recent pace of claims (up to the last 20 within an
 * hour) times the number of requests ahead of them, plus one. A customer hears again only when
 * their place changes.
 */
export function createQueuePositions(deps: { registry: SessionRegistry; notifier: SessionNotifier; now: () => number }) {
  const claims: number[] = [];
  const announced = new Map<string, number>();

  /** Milliseconds between claims lately, or null without enough of them to say. */
  function claimInterval(at: number): number | null {
    const recent = claims.filter((t) => at - t <= PACE_WINDOW_MS);
    if (recent.length < 2) return null;
    return (recent[recent.length - 1]! - recent[0]!) / (recent.length - 1);
  }

  return {
    claimed(at: number): void {
      claims.push(at);
      if (claims.length > PACE_SAMPLES) claims.shift();
    },
    announce(): void {
      const at = deps.now();
      const interval = claimInterval(at);
      const waiting = deps.registry.waiting();
      const still = new Set<string>();
      waiting.forEach((session, index) => {
        still.add(session.id);
        const position = index + 1;
        if (announced.get(session.id) === position) return;
        const socket = deps.registry.memberSocket(session.id, 'customer');
        if (!socket) return;
        announced.set(session.id, position);
        deps.notifier.toSocket(socket, 'session:position', {
          position,
          estimatedWaitMs: interval === null ? null : Math.round(interval * position),
        });
      });
      for (const id of announced.keys()) if (!still.has(id)) announced.delete(id);
    },
  };
}
