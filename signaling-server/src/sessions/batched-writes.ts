import type { IncomingMessage } from 'node:http';
import type { Socket as NetSocket } from 'node:net';

interface EngineTransport {
  send(packets: unknown[]): void;
  /** engine.io's websocket transport holds the `ws` socket, which holds the TCP socket. */
  socket?: { _socket?: NetSocket };
}

/**
 * engine.io already queues what is emitted to a socket while its last write is in flight, and
 * sends the queue as one batch; but `ws` writes each frame with its own system call. Corking the
 * TCP socket around the batch sends it with one: a burst of relays to one member (a peer's ICE
 * candidates arrive a dozen at once) costs the server one write instead of a dozen. Where the
 * transport is not the one expected (another engine.io or ws), frames go out one by one as before.
 */
export function writeBatchesTogether(connection: { transport: unknown }): boolean {
  const transport = connection.transport as EngineTransport;
  const tcp = transport.socket?._socket;
  if (typeof transport.send !== 'function' || typeof tcp?.cork !== 'function') return false;
  const send = transport.send.bind(transport);
  transport.send = (packets) => {
    tcp.cork();
    try {
      send(packets);
    } finally {
      tcp.uncork();
    }
  };
  return true;
}

/**
 * A WebSocket handshake answers with two writes: `ws` writes the 101 response, then engine.io's
 * open packet follows once the handshake's promises settle (it awaits the socket's id). Corked
 * until this turn of the event loop ends, the TCP socket sends both with one system call (each
 * write to loopback costs tens of microseconds, as much as handling a small event).
 */
export function writeHandshakesTogether(engine: {
  on(event: 'headers', listener: (headers: unknown, req: IncomingMessage) => void): unknown;
}): void {
  engine.on('headers', (_headers, req) => {
    const tcp = req.socket as NetSocket | undefined;
    if (typeof tcp?.cork !== 'function') return;
    tcp.cork();
    setImmediate(() => tcp.uncork());
  });
}
