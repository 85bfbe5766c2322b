import type { EngineerIdentity } from '../../protocol';

export interface Watcher {
  readonly sessionId: string;
  readonly engineer: EngineerIdentity;
}

/**
 * Colleagues watching live sessions, kept apart from the sessions' members on purpose: a watcher's
 * socket is no member, so every member action (chat, control, files, ending) refuses it, and all
 * it can do is receive the customer's picture and leave.
 */
export class WatcherRegistry {
  private readonly bySocket = new Map<string, Watcher>();
  private readonly bySession = new Map<string, Map<string, string>>();

  add(socketId: string, sessionId: string, engineer: EngineerIdentity): void {
    this.bySocket.set(socketId, { sessionId, engineer });
    const slots = this.bySession.get(sessionId) ?? new Map<string, string>();
    slots.set(engineer.id, socketId);
    this.bySession.set(sessionId, slots);
  }

  of(socketId: string): Watcher | undefined {
    return this.bySocket.get(socketId);
  }

  socketOf(sessionId: string, engineerId: string): string | undefined {
    return this.bySession.get(sessionId)?.get(engineerId);
  }

  watchers(sessionId: string): EngineerIdentity[] {
    return this.socketsOf(sessionId).map((socketId) => this.bySocket.get(socketId)!.engineer);
  }

  socketsOf(sessionId: string): string[] {
    return [...(this.bySession.get(sessionId)?.values() ?? [])];
  }

  count(sessionId: string): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }

  remove(socketId: string): Watcher | undefined {
    const watcher = this.bySocket.get(socketId);
    if (!watcher) return undefined;
    this.bySocket.delete(socketId);
    const slots = this.bySession.get(watcher.sessionId);
    slots?.delete(watcher.engineer.id);
    if (slots?.size === 0) this.bySession.delete(watcher.sessionId);
    return watcher;
  }

  /** Everyone watching a session that ends: their sockets, now forgotten. */
  removeSession(sessionId: string): string[] {
    const sockets = this.socketsOf(sessionId);
    for (const socketId of sockets) this.bySocket.delete(socketId);
    this.bySession.delete(sessionId);
    return sockets;
  }
}
