import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../signaling-server/src/store/open-postgres';
import { openSqliteStore } from '../../signaling-server/src/store/open-sqlite';
import type { Store } from '../../signaling-server/src/store/store';
import { seedTickets } from './tickets-seed';
import { seedTicketsPostgres } from './tickets-seed-postgres';

export interface BenchStores {
  name: string;
  seedMs: number;
  store: Store;
  /** The baseline, on the same data: every search answered through the index alone. */
  indexOnly: Store;
  close(): Promise<void>;
}

const INDEX_ONLY = { searchCap: Number.POSITIVE_INFINITY };

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}

/** SQLite in a temp file by default; PostgreSQL (a fresh schema, dropped after) with BENCH_BACKEND=postgres and DATABASE_URL. */
export async function openBenchStores(tickets: number, eventsPerSession: number): Promise<BenchStores> {
  if (process.env.BENCH_BACKEND === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('BENCH_BACKEND=postgres needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    // One fixed schema, dropped first: a run that failed half-way leaves nothing behind for long.
    const schema = 'firstline_bench';
    await dropSchema(url, schema);
    await (await openPostgresStore(url, { schema })).close();
    const started = performance.now();
    await seedTicketsPostgres(url, schema, tickets, eventsPerSession);
    const seedMs = performance.now() - started;
    const store = await openPostgresStore(url, { schema });
    const indexOnly = await openPostgresStore(url, { ...INDEX_ONLY, schema });
    return {
      name: 'PostgreSQL',
      seedMs,
      store,
      indexOnly,
      async close() {
        await Promise.all([store.close(), indexOnly.close()]);
        await dropSchema(url, schema);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'firstline-bench-'));
  const file = join(dir, 'firstline.sqlite');
  await (await openSqliteStore(file)).close();
  const started = performance.now();
  seedTickets(file, tickets, eventsPerSession);
  const seedMs = performance.now() - started;
  const store = await openSqliteStore(file);
  const indexOnly = await openSqliteStore(file, INDEX_ONLY);
  return {
    name: 'SQLite',
    seedMs,
    store,
    indexOnly,
    async close() {
      await Promise.all([store.close(), indexOnly.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
