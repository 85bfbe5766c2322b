import { io, type Socket } from 'socket.io-client';
import {
  failure,
  serverEvents,
  type ClientEventName,
  type ClientPayload,
  type ClientResult,
  type ServerEventName,
  type ServerPayload,
} from '@firstline/protocol';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface SignallingClient {
  request<E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<ClientResult<E>>;
  /** Subscribes to a server event; payloads that do not match the contract are dropped. */
  on<E extends ServerEventName>(event: E, handler: (payload: ServerPayload<E>) => void): () => void;
  onConnection(handler: (state: ConnectionState) => void): () => void;
  close(): void;
}

const REQUEST_TIMEOUT_MS = 10_000;

export function createSignallingClient(serverUrl: string): SignallingClient {
  const socket: Socket = io(serverUrl || undefined, { transports: ['websocket'], withCredentials: true, reconnection: false });

  return {
    async request(event, payload) {
      try {
        return (await socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck(event, payload)) as ClientResult<typeof event>;
      } catch {
        return failure('internal', 'No answer from the server') as ClientResult<typeof event>;
      }
    },
    on(event, handler) {
      const listener = (raw: unknown) => {
        const parsed = serverEvents[event].safeParse(raw);
        if (parsed.success) handler(parsed.data as ServerPayload<typeof event>);
        else console.warn(`dropped malformed ${event}`);
      };
      socket.on(event as string, listener);
      return () => void socket.off(event as string, listener);
    },
    onConnection(handler) {
      const up = () => handler('connected');
      const down = () => handler('disconnected');
      socket.on('connect', up);
      socket.on('disconnect', down);
      socket.on('connect_error', down);
      handler(socket.connected ? 'connected' : 'connecting');
      return () => {
        socket.off('connect', up);
        socket.off('disconnect', down);
        socket.off('connect_error', down);
      };
    },
    close: () => void socket.close(),
  };
}
