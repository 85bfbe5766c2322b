import { createServer, connect } from 'node:net';

/** A loopback port nobody listens on right now, for a server the test starts. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** True once something accepts connections on the loopback port. */
export const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Waits until the port accepts connections, or fails with what the server said. */
export async function untilAccepting(port: number, what: { name: string; exited: () => boolean; log: () => string }, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(port))) {
    if (what.exited() || Date.now() > deadline) throw new Error(`${what.name} did not start on ${port}:\n${what.log().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
