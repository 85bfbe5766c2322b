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
import { createRecordOutbox, type RecordEventName } from './record-outbox';

/** 'reconnected' follows a drop: the caller resumes its session. 'lost' means we gave up. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'reconnected' | 'lost';

export interface SignallingClient {
  request<E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<ClientResult<E>>;
  /** A relay, unacknowledged: the server answers only a refusal, with `signal:refused`. */
  relay(payload: ClientPayload<'signal:relay'>): void;
  /**
   * A report for the session's record (chat, clipboard, files, diagnostics). One the server cannot
   * take yet, between a reconnect and its resume, is kept and sent again after the resume.
   */
  record<E extends RecordEventName>(event: E, payload: ClientPayload<E>): Promise<ClientResult<E>>;
  /** Subscribes to a server event; payloads that do not match the contract are dropped. */
  on<E extends ServerEventName>(event: E, handler: (payload: ServerPayload<E>) => void): () => void;
  onConnection(handler: (state: ConnectionState) => void): () => void;
  close(): void;
}

const REQUEST_TIMEOUT_MS = 10_000;
/** Answered yes, these make the socket a member of a new session: reports kept for an earlier one are dropped. */
const STARTS_A_SESSION = new Set<ClientEventName>(['session:create', 'session:claim', 'invitation:answer']);

export function createSignallingClient(serverUrl: string): SignallingClient {
  const socket: Socket = io(serverUrl || undefined, {
    transports: ['websocket'],
    withCredentials: true,
    reconnection: true,
    reconnectionAttempts: 8,
    reconnectionDelay: 400,
    reconnectionDelayMax: 2500,
  });
  let everConnected = false;

  const send = async <E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<ClientResult<E>> => {
    try {
      return (await socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck(event, payload)) as ClientResult<E>;
    } catch {
      return failure('internal', 'No answer from the server') as ClientResult<E>;
    }
  };
  const outbox = createRecordOutbox(send);

  const client: SignallingClient = {
    async request(event, payload) {
      const result = await send(event, payload);
      if (result.ok && event === 'session:resume') void outbox.flush();
      else if (result.ok && STARTS_A_SESSION.has(event)) outbox.clear();
      return result;
    },
    record: (event, payload) => outbox.record(event, payload),
    relay(payload) {
      socket.emit('signal:relay', payload);
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
      const up = () => {
        handler(everConnected ? 'reconnected' : 'connected');
        everConnected = true;
      };
      const down = (reason: Socket.DisconnectReason) => {
        if (reason === 'io client disconnect') return;
        // The server closing us on purpose is final; anything else is retried by socket.io.
        handler(reason === 'io server disconnect' ? 'lost' : 'reconnecting');
      };
      // Fired on every failed attempt too; only a socket that will not retry (refused) is lost.
      const failed = () => {
        if (!socket.active) handler('lost');
      };
      const gaveUp = () => handler('lost');
      socket.on('connect', up);
      socket.on('disconnect', down);
      socket.on('connect_error', failed);
      socket.io.on('reconnect_failed', gaveUp);
      handler(socket.connected ? 'connected' : 'connecting');
      return () => {
        socket.off('connect', up);
        socket.off('disconnect', down);
        socket.off('connect_error', failed);
        socket.io.off('reconnect_failed', gaveUp);
      };
    },
    close: () => void socket.close(),
  };
  // A refused relay is not retried: the peer connection's own failure handling (an ICE restart,
  // a new connection on resume) recovers. It is left in the console for whoever investigates.
  client.on('signal:refused', ({ error }) => console.warn(`relay refused: ${error.code} ${error.message}`));
  return client;
}
