/**
 * A long queue: BENCH_WAITING customers (10,000 by default) ask for help and stay waiting while
 * BENCH_ENGINEERS engineers (10) watch the queue. The server runs in a process of its own.
 * Reported: the time to create a request (its acknowledgement, durable) while the queue is short,
 * the baseline, and once it holds nearly all of them; what each watching engineer receives per
 * new request (queue changes are deltas) and for the snapshot a newcomer gets; the server's RSS.
 *
 *   npm run bench:queue
 *
 * Last line: {"bench":"queue","waiting":…,"create_p99_ms":…,"baseline_create_p99_ms":…,"ratio_create_p99":…,"rss_mb":…,…}
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../support/server-process';
import { connectClient, login, request, type TestClient } from '../support/test-server';

const WAITING = Number(process.env.BENCH_WAITING ?? 10_000);
const ENGINEERS = Number(process.env.BENCH_ENGINEERS ?? 10);
const CONCURRENCY = 50;
/** The first and the last this many requests are the "short queue" and "long queue" samples. */
const SAMPLE = Math.min(500, Math.floor(WAITING / 4));

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
};
const rssMb = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024);

const dataDir = mkdtempSync(join(tmpdir(), 'firstline-queue-bench-'));
const engineerEmail = 'queue-bench@test.local';
const server = await startServerProcess({ dataDir, engineerEmail, unlimited: true });
const sockets: TestClient[] = [];
try {
  const cookie = await login(server.url, engineerEmail, 'engineer-pass-123');
  const rssIdle = rssMb(server.pid);
  let engineerBytes = 0;
  for (let i = 0; i < ENGINEERS; i++) {
    const engineer = await connectClient(server.url, cookie);
    engineer.onAny((_event: string, payload: unknown) => (engineerBytes += JSON.stringify(payload).length));
    await request(engineer, 'queue:watch', {});
    sockets.push(engineer);
  }

  const latencies: number[] = new Array<number>(WAITING);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < WAITING) {
      const index = next++;
      const customer = await connectClient(server.url);
      sockets.push(customer);
      const sent = performance.now();
      const created = await request(customer, 'session:create', {
        customerName: `Customer ${index}`,
        description: `Printer offline on floor ${index % 7}`,
      });
      latencies[index] = performance.now() - sent;
      if (!created.ok) throw new Error(`create ${index} failed: ${created.error.message}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const fillS = (performance.now() - started) / 1000;

  // Deltas reach every watcher; give the last ones a moment to arrive before counting.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const perCreateBytes = engineerBytes / ENGINEERS / WAITING;
  const newcomer = await connectClient(server.url, cookie);
  sockets.push(newcomer);
  const watchStarted = performance.now();
  const snapshot = await request(newcomer, 'queue:watch', {});
  const watchMs = performance.now() - watchStarted;
  if (!snapshot.ok) throw new Error('queue:watch failed');

  const short = latencies.slice(0, SAMPLE);
  const long = latencies.slice(-SAMPLE);
  const result = {
    bench: 'queue',
    waiting: WAITING,
    engineers: ENGINEERS,
    baseline_create_p50_ms: percentile(short, 50),
    baseline_create_p99_ms: percentile(short, 99),
    create_p50_ms: percentile(long, 50),
    create_p99_ms: percentile(long, 99),
    ratio_create_p99: Math.round((percentile(long, 99) / percentile(short, 99)) * 100) / 100,
    creates_per_s: Math.round(WAITING / fillS),
    engineer_bytes_per_create: Math.round(perCreateBytes),
    snapshot_entries: snapshot.queue.length,
    snapshot_kb: Math.round(JSON.stringify(snapshot.queue).length / 1024),
    watch_ms: Math.round(watchMs),
    rss_idle_mb: rssIdle,
    rss_mb: rssMb(server.pid),
  };
  console.log(`${WAITING} customers waiting, ${ENGINEERS} engineers watching (${CONCURRENCY} requests at a time)`);
  console.log(`create, first ${SAMPLE}: p50 ${result.baseline_create_p50_ms} ms, p99 ${result.baseline_create_p99_ms} ms`);
  console.log(`create, last ${SAMPLE}:  p50 ${result.create_p50_ms} ms, p99 ${result.create_p99_ms} ms`);
  console.log(
    `each watching engineer received ${result.engineer_bytes_per_create} bytes per new request; a newcomer's snapshot: ${result.snapshot_entries} entries, ${result.snapshot_kb} KiB in ${result.watch_ms} ms`,
  );
  console.log(`server RSS ${result.rss_idle_mb} MiB idle, ${result.rss_mb} MiB with the queue`);
  console.log(JSON.stringify(result));
} finally {
  for (const socket of sockets) socket.disconnect();
  await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
