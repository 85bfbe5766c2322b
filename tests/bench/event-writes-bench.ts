/**
 * Durable event writes under concurrency, with group commit against one transaction per event,
 * both measured in the same run on the same backend. Each simulated session writes its events one
 * after another, waiting for each acknowledgement (as the server does before answering a client).
 *
 *   npm run bench:events                      (SQLite in a temp file, each write acknowledged once its WAL is synced)
 *   BENCH_BACKEND=postgres DATABASE_URL=… npm run bench:events
 *
 * Last line: {"bench":"event-writes",…,"ratio_events_per_s":…} (group commit ÷ one transaction each).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../signaling-server/src/store/open-postgres';
import { openSqliteStore } from '../../signaling-server/src/store/open-sqlite';
import type { Store } from '../../signaling-server/src/store/store';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 200);
const EVENTS_PER_SESSION = Number(process.env.BENCH_EVENTS ?? 20);
const postgres = process.env.BENCH_BACKEND === 'postgres';

async function openStore(groupCommit: boolean): Promise<{ store: Store; close: () => Promise<void> }> {
  if (postgres) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('BENCH_BACKEND=postgres needs DATABASE_URL');
    const schema = `firstline_events_${groupCommit ? 'group' : 'single'}`;
    const drop = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    };
    await drop();
    const store = await openPostgresStore(url, { schema, groupCommit });
    return { store, close: async () => (await store.close(), await drop()) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'firstline-events-'));
  const store = await openSqliteStore(join(dir, 'bench.sqlite'), { groupCommit });
  return { store, close: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function run(groupCommit: boolean) {
  const { store, close } = await openStore(groupCommit);
  try {
    const ids = Array.from({ length: SESSIONS }, () => randomUUID());
    for (const id of ids) {
      await store.sessions.insert({
        id,
        customerName: 'Bench',
        customerEmail: null,
        description: 'bench',
        status: 'active',
        engineerId: null,
        createdAt: Date.now(),
        claimedAt: null,
        endedAt: null,
        endReason: null,
        customerTokenHash: randomUUID(),
      });
    }
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      ids.map(async (sessionId) => {
        for (let i = 0; i < EVENTS_PER_SESSION; i += 1) {
          const t0 = performance.now();
          await store.sessions.appendEvent({
            id: randomUUID(),
            sessionId,
            at: Date.now(),
            actor: { role: 'customer', name: 'Bench' },
            payload: { type: 'chat.message', text: `message ${i} of a support chat about a printer` },
          });
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      eventsPerS: Math.round((SESSIONS * EVENTS_PER_SESSION) / seconds),
      p50Ms: Number(percentile(latencies, 50).toFixed(2)),
      p99Ms: Number(percentile(latencies, 99).toFixed(2)),
    };
  } finally {
    await close();
  }
}

const single = await run(false);
console.log(`[bench] one transaction per event: ${JSON.stringify(single)}`);
const grouped = await run(true);
console.log(`[bench] group commit: ${JSON.stringify(grouped)}`);
console.log(
  JSON.stringify({
    bench: 'event-writes',
    backend: postgres ? 'postgres' : 'sqlite',
    sessions: SESSIONS,
    events: SESSIONS * EVENTS_PER_SESSION,
    events_per_s: grouped.eventsPerS,
    baseline_events_per_s: single.eventsPerS,
    ack_p50_ms: grouped.p50Ms,
    ack_p99_ms: grouped.p99Ms,
    baseline_ack_p50_ms: single.p50Ms,
    baseline_ack_p99_ms: single.p99Ms,
    ratio_events_per_s: Number((grouped.eventsPerS / single.eventsPerS).toFixed(2)),
  }),
);
