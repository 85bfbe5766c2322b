import type { Store } from '../store/store';
import type { HelpSession } from './session-machine';
import type { RegistryListener } from './session-registry';

/**
 * Keeps each live session's state in the store as it changes, owned by this process, so that a
 * restarted process (or another one) can take the session over. Writes for one session go in
 * order; `flush` waits for them, and the session's next event is not acknowledged before its
 * state is saved.
 */
export function createLiveState(deps: {
  store: Store;
  owner: string;
  now: () => number;
  onError: (err: unknown, context: string, sessionId?: string) => void;
}) {
  const chains = new Map<string, Promise<void>>();
  const enqueue = (sessionId: string, write: () => Promise<void>) => {
    const next = (chains.get(sessionId) ?? Promise.resolve())
      .then(write)
      .catch((err) => deps.onError(err, 'saving a live session', sessionId));
    chains.set(sessionId, next);
    void next.then(() => chains.get(sessionId) === next && chains.delete(sessionId));
  };

  const listener: RegistryListener = {
    saved: (session: HelpSession, customerTokenHash: string) =>
      enqueue(session.id, () =>
        deps.store.live.save({
          sessionId: session.id,
          state: JSON.stringify(session),
          customerTokenHash,
          owner: deps.owner,
          updatedAt: deps.now(),
        }),
      ),
    removed: (sessionId: string) => enqueue(sessionId, () => deps.store.live.remove(sessionId)),
  };

  return {
    listener,
    flush: (sessionId: string): Promise<void> => chains.get(sessionId) ?? Promise.resolve(),
    /** Everything queued, for a clean shutdown. */
    flushAll: async (): Promise<void> => void (await Promise.all(chains.values())),
  };
}

export type LiveState = ReturnType<typeof createLiveState>;
