import type { MemberRole } from './session-registry';

export type Schedule = (run: () => void, ms: number) => () => void;

export const defaultSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
};

/**
 * When a member's connection drops, the session waits a while for it to come back before ending.
 * One pending expiry per session and role; resuming cancels it.
 */
export function createReconnectGrace(options: { graceMs: number; schedule?: Schedule }) {
  const schedule = options.schedule ?? defaultSchedule;
  const pending = new Map<string, () => void>();
  let disposed = false;
  const key = (sessionId: string, role: MemberRole) => `${sessionId}:${role}`;

  return {
    start(sessionId: string, role: MemberRole, onExpire: () => void): void {
      if (disposed) return;
      pending.get(key(sessionId, role))?.();
      pending.set(
        key(sessionId, role),
        schedule(() => {
          pending.delete(key(sessionId, role));
          onExpire();
        }, options.graceMs),
      );
    },
    /** True when the member was away and is now back in time. */
    cancel(sessionId: string, role: MemberRole): boolean {
      const cancel = pending.get(key(sessionId, role));
      if (!cancel) return false;
      cancel();
      pending.delete(key(sessionId, role));
      return true;
    },
    /** Shutting down: cancel everything and start nothing new. */
    dispose(): void {
      disposed = true;
      for (const cancel of pending.values()) cancel();
      pending.clear();
    },
  };
}
