import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort, untilAccepting } from './ports';

export interface Coturn {
  /** turn: address for RTCPeerConnection (UDP on loopback). */
  url: string;
  stop(): Promise<void>;
}

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
  try {
    await untilAccepting(port, { name: 'coturn', exited: () => child.exitCode !== null, log: () => log });
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
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
