// npm run bench:tickets — 100k sessions with 1M events in SQLite: search and list p95 through
// the real store, and a full CSV export (time and peak RSS at two sizes, to show memory stays flat).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TicketQuery } from '@firstline/protocol';
import { ticketsAsCsv } from '../../signaling-server/src/tickets/ticket-export';
import { openSqliteStore } from '../../signaling-server/src/tickets/sqlite-store';
import { seedTickets } from './tickets-seed';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const EVENTS_PER_SESSION = 10;
const SAMPLES = 40;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
const round = (n: number) => Math.round(n * 10) / 10;

const dir = mkdtempSync(join(tmpdir(), 'firstline-bench-'));
const file = join(dir, 'firstline.sqlite');
(await openSqliteStore(file)).close();
let started = performance.now();
seedTickets(file, TICKETS, EVENTS_PER_SESSION);
const seedMs = performance.now() - started;
const store = await openSqliteStore(file);

async function timed(queries: Array<Partial<TicketQuery>>): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await store.tickets.query(TicketQuery.parse(q), undefined, Date.now());
    times.push(performance.now() - t);
  }
  return times;
}

async function exportCsv(filter: Partial<TicketQuery>): Promise<{ ms: number; rows: number; peakRssMb: number; baseRssMb: number }> {
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t = performance.now();
  let rows = -1;
  for await (const line of ticketsAsCsv(store.tickets.exportRows(TicketQuery.parse(filter), undefined, Date.now()))) if (line) rows += 1;
  const ms = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, rows, peakRssMb: round(peak / 2 ** 20), baseRssMb: round(baseRss / 2 ** 20) };
}

const words = ['printer', 'vpn', 'outlook', 'driver', 'battery', 'keyboard', 'message 3 of ticket 4242', 'Customer 123'];
const search = await timed(Array.from({ length: SAMPLES }, (_, i) => ({ q: words[i % words.length] })));
const filters: Array<Partial<TicketQuery>> = [
  { status: 'open' }, { priority: 'urgent', sort: 'priority' }, { category: 'network', order: 'asc' }, { status: 'resolved', sort: 'created' },
  { from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 1, 15) }, { page: 50, pageSize: 50 },
];
const list = await timed(Array.from({ length: SAMPLES }, (_, i) => filters[i % filters.length]!));
const tenth = await exportCsv({ to: Date.UTC(2026, 0, 1) + (TICKETS / 10) * 60_000 + 1 });
const all = await exportCsv({});
await store.close();
rmSync(dir, { recursive: true, force: true });

console.log(`\ntickets bench: ${TICKETS} tickets and sessions, ${TICKETS * EVENTS_PER_SESSION} events (seeded in ${Math.round(seedMs / 1000)} s)`);
console.log(`search p95 ${round(p95(search))} ms (median ${round([...search].sort((a, b) => a - b)[SAMPLES / 2]!)} ms) over ${SAMPLES} queries`);
console.log(`list   p95 ${round(p95(list))} ms over ${SAMPLES} filtered, sorted, paged queries`);
console.log('export   rows      ms   peak RSS MB (start)');
for (const e of [tenth, all]) console.log(`       ${String(e.rows).padStart(6)}  ${String(Math.round(e.ms)).padStart(6)}   ${e.peakRssMb} (${e.baseRssMb})`);
console.log(JSON.stringify({ bench: 'tickets', search_p95_ms: round(p95(search)), list_p95_ms: round(p95(list)), export_ms: Math.round(all.ms), export_peak_rss_mb: all.peakRssMb, export_small_peak_rss_mb: tenth.peakRssMb, tickets: TICKETS, events: TICKETS * EVENTS_PER_SESSION }));
