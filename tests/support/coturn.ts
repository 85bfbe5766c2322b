import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

export interface Coturn {
  /** turn: address for RTCPeerConnection (UDP on loopback). */
  url: string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Where coturn is missing the test says so and skips, rather than failing for the machine's sake. */
export function coturnUnavailable(): string | null {
  return spawnSync('turnserver', ['--version'], { encoding: 'utf8' }).error ? 'coturn (turnserver) is not installed' : null;
}

/**
 * A real coturn from Debian's package on loopback, checking TURN REST API credentials against
 * `secret` (use-auth-secret), with its relay ports on loopback too and loopback peers allowed.
 */
export async function startCoturn(secret: string): Promise<Coturn> {
  const port = await freePort();
  const relayBase = 40_000 + Math.floor(Math.random() * 200) * 100;
  const args = [
    '-n',
    '--listening-ip=127.0.0.1',
    '--relay-ip=127.0.0.1',
    `--listening-port=${port}`,
    `--min-port=${relayBase}`,
    `--max-port=${relayBase + 99}`,
    '--use-auth-secret',
    `--static-auth-secret=${secret}`,
    '--realm=firstline.test',
    '--allow-loopback-peers',
    '--no-cli',
    '--no-tls',
    '--no-dtls',
    '--no-software-attribute',
    '--log-file=stdout',
    `--pidfile=/tmp/firstline-coturn-${port}.pid`,
  ];
  const child: ChildProcess = spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`coturn did not start on ${port}:\n${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `turn:127.0.0.1:${port}?transport=udp`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
