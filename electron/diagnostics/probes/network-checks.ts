import { Resolver } from 'node:dns/promises';
import { Socket } from 'node:net';
import type { SectionData } from '@firstline/protocol';
import type { Probe } from '../probe-runner';

type CheckResult = SectionData<'networkChecks'>['gateway'];

export interface NetworkCheckDeps {
  /** Resolves when a TCP connection (or a refusal, which proves the host answered) comes back. */
  reach(host: string, port: number, timeoutMs: number): Promise<'answered' | 'silent'>;
  resolve(host: string, timeoutMs: number): Promise<string[]>;
  now(): number;
}

export const nodeNetworkDeps: NetworkCheckDeps = {
  reach: (host, port, timeoutMs) =>
    new Promise((resolve) => {
      const socket = new Socket();
      const done = (outcome: 'answered' | 'silent') => {
        socket.destroy();
        resolve(outcome);
      };
      socket.setTimeout(timeoutMs, () => done('silent'));
      socket.once('connect', () => done('answered'));
      socket.once('error', (err: NodeJS.ErrnoException) => done(err.code === 'ECONNREFUSED' ? 'answered' : 'silent'));
      socket.connect(port, host);
    }),
  resolve: (host, timeoutMs) => new Resolver({ timeout: timeoutMs, tries: 1 }).resolve4(host),
  now: () => performance.now(),
};

export interface NetworkCheckOptions {
  gateway: () => Promise<string>;
  /** The host whose name must resolve and whose port 443 must answer; configurable per deployment. */
  internetHost: string;
  timeoutMs?: number;
}

/** Gateway reachable, DNS resolves, internet latency: each with a clear result and its time; never throws. */
export function createNetworkChecksProbe(options: NetworkCheckOptions, deps: NetworkCheckDeps = nodeNetworkDeps): Probe<'networkChecks'> {
  const limit = options.timeoutMs ?? 2000;
  const timed = async (work: () => Promise<CheckResult>): Promise<CheckResult> => {
    try {
      return await work();
    } catch (err) {
      return { status: 'failed', ms: null, detail: ((err as NodeJS.ErrnoException).code ?? String(err)).slice(0, 200) };
    }
  };
  return {
    name: 'networkChecks',
    timeoutMs: limit * 2 + 500,
    async run() {
      const gatewayAddress = await options.gateway().catch(() => '');
      const gateway = timed(async () => {
        if (!gatewayAddress) return { status: 'skipped', ms: null, detail: 'no default gateway' };
        const started = deps.now();
        const outcome = await deps.reach(gatewayAddress, 53, limit);
        const ms = Math.round(deps.now() - started);
        return outcome === 'answered'
          ? { status: 'ok', ms, detail: gatewayAddress }
          : { status: 'unreachable', ms: null, detail: gatewayAddress };
      });
      const dns = timed(async () => {
        const started = deps.now();
        const addresses = await deps.resolve(options.internetHost, limit);
        return { status: 'ok', ms: Math.round(deps.now() - started), detail: `${options.internetHost} → ${addresses[0] ?? ''}` };
      });
      const internet = timed(async () => {
        const started = deps.now();
        const outcome = await deps.reach(options.internetHost, 443, limit);
        const ms = Math.round(deps.now() - started);
        return outcome === 'answered'
          ? { status: 'ok', ms, detail: `${options.internetHost}:443` }
          : { status: 'unreachable', ms: null, detail: `${options.internetHost}:443` };
      });
      const [g, d, i] = await Promise.all([gateway, dns, internet]);
      return { gateway: g, dns: d, internet: i };
    },
  };
}
