import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { freePort } from '../support/ports';
import { CANDIDATES, candidate, cpuSince, processUsage, settle, summarise, WARMUP_PAIRS, type Result } from './signalling-measure';

/** A PeerJS frame as text (the server sends text frames). */
const text = (raw: WebSocket.RawData) => (Buffer.isBuffer(raw) ? raw.toString('utf8') : Buffer.from(raw as ArrayBuffer).toString('utf8'));

/** The PeerJS server (npm `peer`) in a process of its own, driven with bare `ws` and JSON: both open → offer → answer. */
export async function peerjs(pairs: number): Promise<Result> {
  const port = await freePort();
  const child = spawn(process.execPath, ['tests/bench/peerjs-child.mjs'], {
    env: { ...process.env, PEERJS_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  try {
    if (WARMUP_PAIRS > 0) await peerjsPass(port, child.pid!, WARMUP_PAIRS).then(settle);
    return await peerjsPass(port, child.pid!, pairs);
  } finally {
    child.kill('SIGKILL');
  }
}

async function peerjsPass(port: number, pid: number, pairs: number): Promise<Result> {
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
    const before = processUsage(pid);
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
    const relaying = processUsage(pid);
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
    return summarise({ pairs, setupS, relayS, latencies, before, relaying, clientCpuUs, after: processUsage(pid) });
  } finally {
    sockets.forEach((s) => s.close());
  }
}
