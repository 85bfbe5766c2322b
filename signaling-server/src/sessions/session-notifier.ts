import type { EngineerIdentity, ServerEventName, ServerPayload } from '../../protocol';

/** How the session service talks to connected clients; socket.io implements it, tests can too. */
export interface SessionNotifier {
  toSocket<E extends ServerEventName>(socketId: string, event: E, payload: ServerPayload<E>): void;
  /** Every console the member of staff has open. */
  toUser<E extends ServerEventName>(userId: string, event: E, payload: ServerPayload<E>): void;
  toEngineers<E extends ServerEventName>(event: E, payload: ServerPayload<E>): void;
  /** The session's customer, whichever process their connection is on (for what happens outside the socket events). */
  toCustomerOf<E extends ServerEventName>(sessionId: string, event: E, payload: ServerPayload<E>): void;
  /** The socket is the session's customer now: toCustomerOf reaches it. */
  joinAsCustomer(socketId: string, sessionId: string): void;
  watchQueue(socketId: string): void;
  /** How many engineers' consoles watch the queue right now (on any process). */
  engineersWatching(): Promise<number>;
  /** The engineers whose consoles are open now, each once. */
  engineersOnline(): Promise<EngineerIdentity[]>;
}
