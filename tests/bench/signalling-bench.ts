/**
 * Signalling under load, Firstline against the PeerJS server (npm `peer`), each in a process of its
 * own on this machine, in the same run. N customer/engineer pairs connect and set up at once:
 *   Firstline: create → claim → consent → offer → answer (authenticated, every step durable;
 *              relays unacknowledged, as the apps send them);
 *   PeerJS:    both open → offer → answer (no accounts, nothing stored).
 * Then every pair relays 20 candidates each way. Reported: setups/s, relayed messages/s, relay
 * latency, the server's CPU per setup and per relayed message (its own, apart from the clients',
 * which share this process), the clients' CPU per relayed message, and the server's RSS.
 *
 * The clients share the machine's two cores with the server, so they must cost both servers
 * alike: PeerJS is driven with bare `ws` and JSON, Firstline with the socket.io protocol over bare
 * `ws` (signalling-clients.ts). BENCH_CLIENT=socket.io-client drives Firstline with the library the
 * apps use instead, hundreds of instances in this one process, which is heavier than the bare client.
 *
 *   npm run bench:signalling            (200 and 1,000 pairs; BENCH_PAIRS=… for others,
 *                                        BENCH_CANDIDATES=… up to 50 for a longer relay phase)
 *
 * Last line: {"bench":"signalling","pairs":…,"setups_per_s":…,"peerjs_setups_per_s":…,…}
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { freePort } from '../support/ports';
import { startServerProcess } from '../support/server-process';
import { login } from '../support/test-server';
import { openBareClient, openSocketIoClient, type BenchClient, type BenchClientKind } from './signalling-clients';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 20);
const PAIR_COUNTS = (process.env.BENCH_PAIRS ?? '200,1000').split(',').map(Number);
/** Firstline's clients: the socket.io protocol over bare ws (default, as PeerJS's are bare ws), or socket.io-client itself. */
const CLIENT: BenchClientKind = process.env.BENCH_CLIENT === 'socket.io-client' ? 'socket.io-client' : 'bare';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
};
/** CPU seconds a process has used, and its resident memory, from /proc. */
function processUsage(pid: number): { cpuS: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuS: ticks / 100, rssMb: Math.round(Number(rss) / 1024) };
}
/** This process's CPU time (user and system) since `start`, in µs. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}
/** A PeerJS frame as text (the server sends text frames). */
const text = (raw: WebSocket.RawData) => (Buffer.isBuffer(raw) ? raw.toString('utf8') : Buffer.from(raw as ArrayBuffer).toString('utf8'));
const candidate = (i: number) => ({
  type: 'candidate' as const,
  candidate: { candidate: `candidate:${i} 1 udp 2122260223 10.0.0.1 5${i}000 typ host`, sdpMLineIndex: 0, sdpMid: '0' },
});

interface Result {
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
function summarise(run: {
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

async function firstline(pairs: number): Promise<Result> {
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-signalling-'));
  const server = await startServerProcess({ dataDir, engineerEmail: 'bench@test.local', unlimited: true });
  const sockets: BenchClient[] = [];
  const open = async (cookie?: string) => {
    const socket = await (CLIENT === 'bare' ? openBareClient : openSocketIoClient)(server.url, cookie);
    sockets.push(socket);
    return socket;
  };
  try {
    const cookie = await login(server.url, 'bench@test.local', 'engineer-pass-123');
    const before = processUsage(server.pid);
    const setupStart = performance.now();
    const live = await Promise.all(
      Array.from({ length: pairs }, async () => {
        const [customer, engineer] = await Promise.all([open(), open(cookie)]);
        const created = await customer.request('session:create', { customerName: 'Bench', description: 'signalling bench' });
        if (!created.ok) throw new Error(`create: ${created.error.message}`);
        await engineer.request('session:claim', { sessionId: created.session.id });
        await customer.request('consent:respond', { granted: true });
        const answered = customer.next('signal:relay');
        const offered = engineer.next('signal:relay');
        // As the apps relay: without an acknowledgement (a refusal would come as signal:refused).
        customer.emit('signal:relay', { data: { type: 'offer', sdp: 'v=0 offer' } });
        await offered;
        engineer.emit('signal:relay', { data: { type: 'answer', sdp: 'v=0 answer' } });
        await answered;
        return { customer, engineer };
      }),
    );
    const setupS = (performance.now() - setupStart) / 1000;
    const latencies: number[] = [];
    // A refused relay never arrives: the run fails at once rather than waiting for it.
    const refusal = new Promise<never>((_, reject) => {
      for (const socket of sockets) socket.on('signal:refused', ({ error }) => reject(new Error(`a relay was refused: ${error.code}`)));
    });
    const relaying = processUsage(server.pid);
    const clientCpu = process.cpuUsage();
    const relayStart = performance.now();
    const relays = Promise.all(
      live.flatMap(({ customer, engineer }) =>
        [
          [customer, engineer],
          [engineer, customer],
        ].map(async ([from, to]) => {
          const sentAt = new Map<string, number>();
          let received = 0;
          const all = new Promise<void>((resolve) =>
            to!.on('signal:relay', ({ data }) => {
              if (data.type !== 'candidate') return;
              latencies.push(performance.now() - sentAt.get(data.candidate.candidate)!);
              if ((received += 1) === CANDIDATES) resolve();
            }),
          );
          for (let i = 0; i < CANDIDATES; i += 1) {
            const c = candidate(i);
            sentAt.set(c.candidate.candidate, performance.now());
            from!.emit('signal:relay', { data: c });
          }
          await all;
        }),
      ),
    );
    await Promise.race([relays, refusal]);
    const relayS = (performance.now() - relayStart) / 1000;
    const clientCpuUs = cpuSince(clientCpu);
    return summarise({ pairs, setupS, relayS, latencies, before, relaying, clientCpuUs, after: processUsage(server.pid) });
  } finally {
    sockets.forEach((s) => s.close());
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function peerjs(pairs: number): Promise<Result> {
  const port = await freePort();
  const child = spawn(process.execPath, ['tests/bench/peerjs-child.mjs'], {
    env: { ...process.env, PEERJS_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  const sockets: WebSocket[] = [];
  const open = (id: string) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/bench/peerjs?key=peerjs&id=${id}&token=${randomUUID()}`);
      sockets.push(ws);
      ws.once('error', reject);
      ws.once('message', (raw) =>
        (JSON.parse(text(raw)) as { type: string }).type === 'OPEN' ? resolve(ws) : reject(new Error(text(raw))),
      );
    });
  const next = (ws: WebSocket, type: string) =>
    new Promise<void>((resolve) => {
      const listener = (raw: WebSocket.RawData) => {
        if ((JSON.parse(text(raw)) as { type: string }).type !== type) return;
        ws.off('message', listener);
        resolve();
      };
      ws.on('message', listener);
    });
  try {
    const before = processUsage(child.pid!);
    const setupStart = performance.now();
    const live = await Promise.all(
      Array.from({ length: pairs }, async () => {
        const ids = { customer: randomUUID(), engineer: randomUUID() };
        const [customer, engineer] = await Promise.all([open(ids.customer), open(ids.engineer)]);
        const offered = next(engineer, 'OFFER');
        customer.send(JSON.stringify({ type: 'OFFER', dst: ids.engineer, payload: { sdp: { type: 'offer', sdp: 'v=0 offer' } } }));
        await offered;
        const answered = next(customer, 'ANSWER');
        engineer.send(JSON.stringify({ type: 'ANSWER', dst: ids.customer, payload: { sdp: { type: 'answer', sdp: 'v=0 answer' } } }));
        await answered;
        return { customer, engineer, ids };
      }),
    );
    const setupS = (performance.now() - setupStart) / 1000;
    const latencies: number[] = [];
    const relaying = processUsage(child.pid!);
    const clientCpu = process.cpuUsage();
    const relayStart = performance.now();
    await Promise.all(
      live.flatMap(({ customer, engineer, ids }) =>
        [
          [customer, engineer, ids.engineer],
          [engineer, customer, ids.customer],
        ].map(async ([from, to, dst]) => {
          let received = 0;
          const all = new Promise<void>((resolve) =>
            (to as WebSocket).on('message', (raw) => {
              const message = JSON.parse(text(raw)) as { type: string; payload: { sentAt: number } };
              if (message.type !== 'CANDIDATE') return;
              latencies.push(performance.now() - message.payload.sentAt);
              if ((received += 1) === CANDIDATES) resolve();
            }),
          );
          for (let i = 0; i < CANDIDATES; i += 1) {
            (from as WebSocket).send(
              JSON.stringify({ type: 'CANDIDATE', dst, payload: { candidate: candidate(i).candidate, sentAt: performance.now() } }),
            );
          }
          await all;
        }),
      ),
    );
    const relayS = (performance.now() - relayStart) / 1000;
    const clientCpuUs = cpuSince(clientCpu);
    return summarise({ pairs, setupS, relayS, latencies, before, relaying, clientCpuUs, after: processUsage(child.pid!) });
  } finally {
    sockets.forEach((s) => s.close());
    child.kill('SIGKILL');
  }
}

for (const pairs of PAIR_COUNTS) {
  const ours = await firstline(pairs);
  const theirs = await peerjs(pairs);
  console.log(`[bench] ${pairs} pairs  Firstline ${JSON.stringify(ours)}`);
  console.log(`[bench] ${pairs} pairs  PeerJS    ${JSON.stringify(theirs)}`);
  const summary = JSON.stringify({
    bench: 'signalling',
    pairs,
    setups_per_s: ours.setupsPerS,
    peerjs_setups_per_s: theirs.setupsPerS,
    relay_msgs_per_s: ours.relayMsgsPerS,
    peerjs_relay_msgs_per_s: theirs.relayMsgsPerS,
    relay_p50_ms: ours.relayP50,
    peerjs_relay_p50_ms: theirs.relayP50,
    relay_p99_ms: ours.relayP99,
    peerjs_relay_p99_ms: theirs.relayP99,
    cpu_ms_per_setup: ours.cpuMsPerSetup,
    peerjs_cpu_ms_per_setup: theirs.cpuMsPerSetup,
    relay_cpu_us_per_msg: ours.relayCpuUsPerMsg,
    peerjs_relay_cpu_us_per_msg: theirs.relayCpuUsPerMsg,
    client_cpu_us_per_msg: ours.clientCpuUsPerMsg,
    peerjs_client_cpu_us_per_msg: theirs.clientCpuUsPerMsg,
    rss_mb: ours.rssMb,
    peerjs_rss_mb: theirs.rssMb,
    setups_ratio: Number((ours.setupsPerS / theirs.setupsPerS).toFixed(2)),
    relay_msgs_ratio: Number((ours.relayMsgsPerS / theirs.relayMsgsPerS).toFixed(2)),
    relay_p99_ratio: Number((ours.relayP99 / theirs.relayP99).toFixed(2)),
  });
  // The last pair count's line is the run's last line.
  console.log(summary);
}
process.exit(0);
