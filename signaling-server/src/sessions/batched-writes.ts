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
