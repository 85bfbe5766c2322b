/**
 * npm run bench:connections — what opening a customer's and an engineer's connection costs a server,
 * before any session step: a bare `ws` server (as PeerJS's), a bare socket.io server with no handlers
 * (the library Firstline is built on), and Firstline (socket.io with its origin check, the engineer's
 * sign-in from the cookie, and its per-socket set-up). Each in a process of its own, measured as the
 * server's CPU (user and system, from /proc) per pair of connections, over rounds of BENCH_PAIRS pairs
 * opened at once and closed again; the first BENCH_WARMUP_ROUNDS rounds warm the process up.
 *
 * Last line: {"bench":"connections","ws_cpu_ms_per_pair":…,"socketio_cpu_ms_per_pair":…,"firstline_cpu_ms_per_pair":…,…}
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startServerProcess } from '../support/server-process';
import { login } from '../support/test-server';
import { openBareClient } from './signalling-clients';
import { percentile, processUsage } from './signalling-measure';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 200);
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens PAIRS pairs at once, round after round; the server's CPU per pair in each measured round. */
async function measure(pid: number, openPair: () => Promise<Array<{ close(): void }>>): Promise<number[]> {
  const perPair: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
    const before = processUsage(pid).cpuS;
    const sockets = (await Promise.all(Array.from({ length: PAIRS }, openPair))).flat();
    await pause(200); // the server's last writes and timers of the round
    if (round >= WARMUP_ROUNDS) perPair.push(((processUsage(pid).cpuS - before) * 1000) / PAIRS);
    sockets.forEach((socket) => socket.close());
    await pause(800);
  }
  return perPair;
}

/** A bare `ws` client, open once the server's first message (as PeerJS's OPEN) is in. */
function openWebSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('error', reject);
    ws.once('message', () => resolve(ws));
  });
}

async function bare(kind: 'ws' | 'socket.io'): Promise<number[]> {
  const child = spawn(process.execPath, ['tests/bench/bare-server-child.mjs'], {
    env: { ...process.env, BARE_KIND: kind },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve((JSON.parse(String(d)) as { port: number }).port)),
    );
    // socket.io's side is opened by the same thin client the signalling bench drives Firstline with.
    const open = kind === 'ws' ? () => openWebSocket(`ws://127.0.0.1:${port}`) : () => openBareClient(`http://127.0.0.1:${port}`);
    return await measure(child.pid!, () => Promise.all([open(), open()]));
  } finally {
    child.kill('SIGKILL');
  }
}

async function firstline(): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-connections-'));
  const server = await startServerProcess({ dataDir, engineerEmail: 'bench@test.local', unlimited: true });
  try {
    const cookie = await login(server.url, 'bench@test.local', 'engineer-pass-123');
    return await measure(server.pid, () => Promise.all([openBareClient(server.url), openBareClient(server.url, cookie)]));
  } finally {
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = { ws: [] as number[], socketIo: [] as number[], firstline: [] as number[] };
// Alternating, so a drift of the machine during the run touches all three alike.
for (let pass = 0; pass < 2; pass += 1) {
  results.ws.push(...(await bare('ws')));
  results.socketIo.push(...(await bare('socket.io')));
  results.firstline.push(...(await firstline()));
}
const median = (values: number[]) => percentile(values, 50);
const ws = median(results.ws);
const socketIo = median(results.socketIo);
const ours = median(results.firstline);
const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
console.log(`\nconnections bench: ${PAIRS} pairs at once, ${ROUNDS} measured rounds × 2 passes each (after ${WARMUP_ROUNDS} to warm up)`);
console.log('server          CPU ms per pair of connections (median, range)');
console.log(`bare ws         ${ws.toFixed(2)}  (${range(results.ws)})`);
console.log(`bare socket.io  ${socketIo.toFixed(2)}  (${range(results.socketIo)})`);
console.log(`Firstline       ${ours.toFixed(2)}  (${range(results.firstline)})`);
const round2 = (n: number) => Number(n.toFixed(2));
console.log(
  JSON.stringify({
    bench: 'connections',
    pairs: PAIRS,
    ws_cpu_ms_per_pair: round2(ws),
    socketio_cpu_ms_per_pair: round2(socketIo),
    firstline_cpu_ms_per_pair: round2(ours),
    socketio_ratio_to_ws: round2(socketIo / ws),
    firstline_ratio_to_socketio: round2(ours / socketIo),
  }),
);
process.exit(0);
