/**
 * Signalling under load, Firstline against the PeerJS server (npm `peer`), each in a process of its
 * own on this machine, in the same run. N customer/engineer pairs connect and set up at once:
 *   Firstline: create → claim → consent → offer → answer (authenticated, every step durable;
 *              relays unacknowledged, as the apps send them);
 *   PeerJS:    both open → offer → answer (no accounts, nothing stored);
 *   socket.io: Firstline's steps and messages on a bare socket.io server (socketio-signalling-child.mjs:
 *              no sign-in, no validation, nothing stored), what the library Firstline is built on
 *              costs before any of Firstline's own work.
 * Then every pair relays 20 candidates each way. Reported: setups/s, relayed messages/s, relay
 * latency, the server's CPU per setup and per relayed message (its own, apart from the clients',
 * which share this process), the clients' CPU per relayed message, the server's RSS, and for
 * Firstline how late its event loop ran during the set-up (p99). Each server is first warmed up
 * with 200 pairs (BENCH_WARMUP=…; 0 measures a cold process), as a server that has been running is.
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
import { mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { login } from '../support/test-server';
import { openBareClient, openSocketIoClient, type BenchClient, type BenchClientKind } from './signalling-clients';
import { CANDIDATES, candidate, cpuSince, processUsage, settle, summarise, WARMUP_PAIRS, type Result } from './signalling-measure';
import { peerjs } from './signalling-peerjs';

const PAIR_COUNTS = (process.env.BENCH_PAIRS ?? '200,1000').split(',').map(Number);
/** Firstline's clients: the socket.io protocol over bare ws (default, as PeerJS's are bare ws), or socket.io-client itself. */
const CLIENT: BenchClientKind = process.env.BENCH_CLIENT === 'socket.io-client' ? 'socket.io-client' : 'bare';

/**
 * How late the server's event loop ran (p99, ms) since the last reading: its own /metrics
 * (prom-client's event-loop delay, reset at each reading).
 */
async function setupLoopLagP99(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const seconds = /^firstline_nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(text)?.[1];
  return Number((Number(seconds) * 1000).toFixed(1));
}

/** Both servers, each in a fresh process, as a long-running server: warmed up first, then measured. */
async function firstline(pairs: number): Promise<Result & { loopLagP99Ms: number | null }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-signalling-'));
  const server = await startServerProcess({ dataDir, engineerEmail: 'bench@test.local', unlimited: true });
  try {
    const cookie = await login(server.url, 'bench@test.local', 'engineer-pass-123');
    if (WARMUP_PAIRS > 0) await runPass(server, cookie, WARMUP_PAIRS).then(settle);
    return await runPass(server, cookie, pairs);
  } finally {
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The same steps on a bare socket.io server (socketio-signalling-child.mjs): the library's own share. */
async function bareSocketIo(pairs: number): Promise<Result> {
  const child = spawn(process.execPath, ['tests/bench/socketio-signalling-child.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { url: string }).url)),
  );
  const server = { url, pid: child.pid!, kill: async () => void child.kill('SIGKILL') };
  try {
    if (WARMUP_PAIRS > 0) await runPass(server, '', WARMUP_PAIRS, false).then(settle);
    return await runPass(server, '', pairs, false);
  } finally {
    await server.kill();
  }
}

/** One measured pass of Firstline's steps; `metrics`: the server has Firstline's /metrics to read its loop lag from. */
async function runPass(
  server: ServerProcess,
  cookie: string,
  pairs: number,
  metrics = true,
): Promise<Result & { loopLagP99Ms: number | null }> {
  const sockets: BenchClient[] = [];
  const open = async (cookie?: string) => {
    const socket = await (CLIENT === 'bare' ? openBareClient : openSocketIoClient)(server.url, cookie);
    sockets.push(socket);
    return socket;
  };
  try {
    if (metrics) await setupLoopLagP99(server.url); // read, so the next reading covers the set-up alone
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
    const loopLagP99Ms = metrics ? await setupLoopLagP99(server.url) : null;
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
    return {
      ...summarise({ pairs, setupS, relayS, latencies, before, relaying, clientCpuUs, after: processUsage(server.pid) }),
      loopLagP99Ms,
    };
  } finally {
    sockets.forEach((s) => s.close());
  }
}

/** One figure against another of the same run, to two decimals. */
const ratio = (ours: number, theirs: number) => Number((ours / theirs).toFixed(2));

for (const pairs of PAIR_COUNTS) {
  const ours = await firstline(pairs);
  const theirs = await peerjs(pairs);
  const bare = await bareSocketIo(pairs);
  console.log(`[bench] ${pairs} pairs  Firstline ${JSON.stringify(ours)}`);
  console.log(`[bench] ${pairs} pairs  PeerJS    ${JSON.stringify(theirs)}`);
  console.log(`[bench] ${pairs} pairs  socket.io ${JSON.stringify(bare)}`);
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
    setup_loop_lag_p99_ms: ours.loopLagP99Ms,
    rss_mb: ours.rssMb,
    peerjs_rss_mb: theirs.rssMb,
    setups_ratio: ratio(ours.setupsPerS, theirs.setupsPerS),
    relay_msgs_ratio: ratio(ours.relayMsgsPerS, theirs.relayMsgsPerS),
    relay_p99_ratio: ratio(ours.relayP99, theirs.relayP99),
    socketio_setups_per_s: bare.setupsPerS,
    socketio_relay_msgs_per_s: bare.relayMsgsPerS,
    socketio_relay_p99_ms: bare.relayP99,
    socketio_cpu_ms_per_setup: bare.cpuMsPerSetup,
    socketio_setups_ratio: ratio(bare.setupsPerS, theirs.setupsPerS),
    socketio_relay_msgs_ratio: ratio(bare.relayMsgsPerS, theirs.relayMsgsPerS),
  });
  // The last pair count's line is the run's last line.
  console.log(summary);
}
process.exit(0);
