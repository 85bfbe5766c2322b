import type { ServerEventName, ServerPayload } from '../../protocol';

/** How the session service talks to connected clients; socket.io implements it, tests can too. */
export interface SessionNotifier {
  toSocket<E extends ServerEventName>(socketId: string, event: E, payload: ServerPayload<E>): void;
  toEngineers<E extends ServerEventName>(event: E, payload: ServerPayload<E>): void;
  watchQueue(socketId: string): void;
  /** How many engineers' consoles watch the queue right now. */
  engineersWatching(): number;
}
