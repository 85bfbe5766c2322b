import { readFileSync } from 'node:fs';

/** What the signalling bench measures and how, the same for both servers. */
export const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 20);
/** Pairs each server runs, set up, relayed and closed, before the measured run (BENCH_WARMUP=0: none, a cold process). */
export const WARMUP_PAIRS = Number(process.env.BENCH_WARMUP ?? 200);
/** After a warm-up: its sockets' closes handled before the measured run starts. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
};
/** CPU seconds a process has used, and its resident memory, from /proc. */
export function processUsage(pid: number): { cpuS: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuS: ticks / 100, rssMb: Math.round(Number(rss) / 1024) };
}
/** This process's CPU time (user and system) since `start`, in µs. */
export function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}
export const candidate = (i: number) => ({
  type: 'candidate' as const,
  candidate: { candidate: `candidate:${i} 1 udp 2122260223 10.0.0.1 5${i}000 typ host`, sdpMLineIndex: 0, sdpMid: '0' },
});

export interface Result {
  setupsPerS: number;
  relayMsgsPerS: number;
  relayP50: number;
  relayP99: number;
  cpuMsPerSetup: number;
  /** The server's CPU per relayed message (the process's own, apart from the clients'). */
  relayCpuUsPerMsg: number;
  /** This process's CPU per relayed message: the clients' side (socket.io-client or bare ws), sending and receiving. */
  clientCpuUsPerMsg: number;
  rssMb: number;
}

/** The same figures for either server, from one run's timings and its process's usage before and after. */
export function summarise(run: {
  pairs: number;
  setupS: number;
  relayS: number;
  latencies: number[];
  before: { cpuS: number };
  /** At the end of the set-up, when the relays start. */
  relaying: { cpuS: number };
  /** This process's own CPU time over the relays (process.cpuUsage), in µs. */
  clientCpuUs: number;
  after: { cpuS: number; rssMb: number };
}): Result {
  return {
    setupsPerS: Math.round(run.pairs / run.setupS),
    relayMsgsPerS: Math.round((run.pairs * 2 * CANDIDATES) / run.relayS),
    relayP50: percentile(run.latencies, 50),
    relayP99: percentile(run.latencies, 99),
    cpuMsPerSetup: Number((((run.relaying.cpuS - run.before.cpuS) * 1000) / run.pairs).toFixed(2)),
    relayCpuUsPerMsg: Math.round(((run.after.cpuS - run.relaying.cpuS) * 1e6) / (run.pairs * 2 * CANDIDATES)),
    clientCpuUsPerMsg: Math.round(run.clientCpuUs / (run.pairs * 2 * CANDIDATES)),
    rssMb: run.after.rssMb,
  };
}
