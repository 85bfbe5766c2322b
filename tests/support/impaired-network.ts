import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A network namespace whose links can be made bad with tc. Chromium runs inside it (through
 * a wrapper script given to Playwright as the browser); the test server listens on the host side
 * of a veth pair. Media between two pages of that Chromium goes over the namespace's loopback, so
 * impairing `lo` there degrades the picture and leaves the signalling, the database and every other
 * test on the machine alone.
 *
 * tc netem does both loss and rate where the kernel has it. Some kernels (these machines' among
 * them) are built without sch_netem; there the same impairment is made from what they do have:
 * a tbf qdisc for the rate (a real shaper: a queue, then tail drop) and an nftables rule that drops
 * that share of UDP packets at random.
 */
export interface Impairment {
  lossPercent: number;
  rateKbit: number;
}

export interface ImpairedNetwork {
  /** The address the server listens on, reachable from inside the namespace. */
  hostAddress: string;
  /** Give this to launchTestBrowser as the Chromium to run: it starts Chromium inside the namespace. */
  chromiumPath: string;
  /** How the impairment is made here: 'tc netem', or 'tc tbf + nftables' where the kernel lacks netem. */
  method: string;
  /** Puts this impairment on the namespace's loopback. */
  impair(impairment: Impairment): void;
  /** Takes the impairment away. */
  clear(): void;
  /** Packets the impairment has dropped (its random loss and the shaper's), read before `clear`. */
  dropped(): number;
  destroy(): void;
}

const run = (...args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
const read = (...args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
/** The sum of every "<label> N" in a command's report (tc's "dropped N", nft's "counter packets N"). */
const total = (report: string, label: RegExp) => [...report.matchAll(label)].reduce((n, m) => n + Number(m[1]), 0);

/** Sets up the namespace, or says in one line why it cannot on this machine. */
export function createImpairedNetwork(chromium = '/usr/bin/chromium'): ImpairedNetwork | { unavailable: string } {
  const id = process.pid % 10_000;
  const ns = `fl-netem-${id}`;
  const outside = `flh${id}`;
  const inside = `fln${id}`;
  const subnet = `10.213.${id % 250}`;
  try {
    run('ip', 'netns', 'add', ns);
  } catch (error) {
    return { unavailable: `cannot create a network namespace (needs root and iproute2): ${firstLine(error)}` };
  }
  const folder = mkdtempSync(join(tmpdir(), 'firstline-netem-'));
  const destroy = () => {
    for (const args of [
      ['ip', 'link', 'del', outside],
      ['ip', 'netns', 'del', ns],
    ])
      try {
        run(...args);
      } catch {
        // Already gone.
      }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    run('ip', 'link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
    run('ip', 'link', 'set', inside, 'netns', ns);
    run('ip', 'addr', 'add', `${subnet}.1/24`, 'dev', outside);
    run('ip', 'link', 'set', outside, 'up');
    run('ip', 'netns', 'exec', ns, 'ip', 'addr', 'add', `${subnet}.2/24`, 'dev', inside);
    run('ip', 'netns', 'exec', ns, 'ip', 'link', 'set', inside, 'up');
    // Chromium finds the address it offers as a host candidate by its default route.
    run('ip', 'netns', 'exec', ns, 'ip', 'route', 'add', 'default', 'via', `${subnet}.1`);
    // An Ethernet-sized MTU, so the shaper sees packets the size they are on a real link.
    run('ip', 'netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'mtu', '1500', 'up');
  } catch (error) {
    destroy();
    return { unavailable: `cannot set up veth and netem in a namespace: ${firstLine(error)}` };
  }
  const chromiumPath = join(folder, 'chromium-in-namespace');
  writeFileSync(chromiumPath, `#!/bin/sh\nexec ip netns exec ${ns} ${chromium} "$@"\n`);
  chmodSync(chromiumPath, 0o755);
  const inNamespace = (...args: string[]) => run('ip', 'netns', 'exec', ns, ...args);
  const hasNetem = attempt(() => inNamespace('tc', 'qdisc', 'add', 'dev', 'lo', 'root', 'netem', 'delay', '0ms'));
  if (!hasNetem && !attempt(() => inNamespace('nft', 'list', 'tables'))) {
    destroy();
    return { unavailable: 'the kernel has no tc netem and nftables (nft) is not installed to drop packets instead' };
  }
  const clear = () => {
    if (hasNetem) return inNamespace('tc', 'qdisc', 'change', 'dev', 'lo', 'root', 'netem', 'delay', '0ms');
    attempt(() => inNamespace('tc', 'qdisc', 'del', 'dev', 'lo', 'root'));
    attempt(() => inNamespace('nft', 'delete', 'table', 'inet', 'impair'));
  };
  return {
    hostAddress: `${subnet}.1`,
    chromiumPath,
    method: hasNetem ? 'tc netem' : 'tc tbf + nftables (this kernel has no netem)',
    impair({ lossPercent, rateKbit }) {
      if (hasNetem) {
        inNamespace('tc', 'qdisc', 'change', 'dev', 'lo', 'root', 'netem', 'loss', `${lossPercent}%`, 'rate', `${rateKbit}kbit`);
        return;
      }
      clear();
      inNamespace('tc', 'qdisc', 'add', 'dev', 'lo', 'root', 'tbf', 'rate', `${rateKbit}kbit`, 'burst', '16kb', 'latency', '200ms');
      inNamespace('nft', 'add', 'table', 'inet', 'impair');
      inNamespace('nft', 'add', 'chain', 'inet', 'impair', 'out', '{ type filter hook output priority 0; policy accept; }');
      // A random share of UDP packets (numgen's range is 0-99, so all of them is a plain drop).
      const share = lossPercent >= 100 ? [] : ['numgen', 'random', 'mod', '100', '<', String(lossPercent)];
      inNamespace('nft', 'add', 'rule', 'inet', 'impair', 'out', 'meta', 'l4proto', 'udp', ...share, 'counter', 'drop');
    },
    clear,
    dropped() {
      const inside = (...args: string[]) => read('ip', 'netns', 'exec', ns, ...args);
      const shaped = total(inside('tc', '-s', 'qdisc', 'show', 'dev', 'lo'), /dropped (\d+)/g);
      if (hasNetem) return shaped;
      let rule = '';
      attempt(() => (rule = inside('nft', 'list', 'chain', 'inet', 'impair', 'out')));
      return shaped + total(rule, /counter packets (\d+)/g);
    },
    destroy,
  };
}

function attempt(step: () => unknown): boolean {
  try {
    step();
    return true;
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return (stderr || (error as Error).message).split('\n')[0]!;
}
