import type { QueueChange } from '../../protocol';
import type { QueueBoard } from './queue-board';
import type { SessionNotifier } from './session-notifier';
import type { SessionRegistry } from './session-registry';

const PACE_WINDOW_MS = 60 * 60_000;

/**
 * Tells each waiting customer their place in the queue and, once engineers have been taking
 * requests, about how long until their turn: the recent pace of claims (up to the last 20 within an
 * hour) times their place. A customer hears again only when their place changes. Changes that
 * come together are announced once.
 */
export function createQueuePositions(deps: {
  registry: SessionRegistry;
  notifier: SessionNotifier;
  board: QueueBoard;
  now: () => number;
  onError?: (err: unknown, context: string) => void;
}) {
  const announced = new Map<string, number>();
  let pending = false;

  /** Milliseconds between claims lately, or null without enough of them to say. */
  async function claimInterval(at: number): Promise<number | null> {
    const recent = (await deps.board.recentClaims()).filter((t) => at - t <= PACE_WINDOW_MS);
    if (recent.length < 2) return null;
    return (recent[recent.length - 1]! - recent[0]!) / (recent.length - 1);
  }

  async function tellCustomers(): Promise<void> {
    pending = false;
    const interval = await claimInterval(deps.now());
    const waiting = deps.registry.waiting();
    const places = await deps.board.places(waiting);
    const still = new Set<string>();
    for (const session of waiting) {
      still.add(session.id);
      const position = places.get(session.id);
      if (position === undefined || announced.get(session.id) === position) continue;
      const socket = deps.registry.memberSocket(session.id, 'customer');
      if (!socket) continue;
      announced.set(session.id, position);
      deps.notifier.toSocket(socket, 'session:position', {
        position,
        estimatedWaitMs: interval === null ? null : Math.round(interval * position),
      });
    }
    for (const id of announced.keys()) if (!still.has(id)) announced.delete(id);
  }

  const announce = (): void => {
    if (pending) return;
    pending = true;
    setImmediate(() => void tellCustomers().catch((err) => deps.onError?.(err, 'telling customers their place')));
  };
  deps.board.onMoved(announce);

  return {
    claimed: (at: number): void => deps.board.claimed(at),
    /** Someone arrived or left here: customers here and on other processes may have moved. */
    announce(): void {
      announce();
      deps.board.moved();
    },
  };
}

/** A change to the queue: the engineers watching hear of it, and customers whose place it moved. */
export function createQueueEvents(deps: Parameters<typeof createQueuePositions>[0]) {
  const positions = createQueuePositions(deps);
  return (change: QueueChange): void => {
    deps.notifier.toEngineers('queue:changed', change);
    if (change.op === 'removed' && change.reason === 'claimed') positions.claimed(deps.now());
    // A new code or expiry moves nobody; only arrivals and departures change places.
    if (change.op !== 'updated') positions.announce();
  };
}
