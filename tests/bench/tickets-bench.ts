// npm run bench:tickets — 100k sessions with 1M events in SQLite (BENCH_BACKEND=postgres: PostgreSQL): search and list p95 through
// the real store, and a full CSV export (time and peak RSS at two sizes, to show memory stays flat).
import { TicketQuery } from '@firstline/protocol';
import { rowsAsCsv } from '../../signaling-server/src/http/export-format';
import { TICKET_COLUMNS } from '../../signaling-server/src/tickets/ticket-export-columns';
import { openBenchStores } from './tickets-bench-backend';
import { SEED_START } from './tickets-seed';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const EVENTS_PER_SESSION = 10;
const SAMPLES = 40;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
const round = (n: number) => Math.round(n * 10) / 10;

const { name, seedMs, store, indexOnly, close } = await openBenchStores(TICKETS, EVENTS_PER_SESSION);

async function timed(queries: Array<Record<string, string | number | undefined>>, through = store): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await through.tickets.query(TicketQuery.parse(q), undefined, Date.now());
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
  for await (const line of rowsAsCsv(TICKET_COLUMNS, store.tickets.exportRows(TicketQuery.parse(filter), undefined, Date.now())))
    if (line) rows += 1;
  const ms = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, rows, peakRssMb: round(peak / 2 ** 20), baseRssMb: round(baseRss / 2 ** 20) };
}

const words = ['printer', 'vpn', 'outlook', 'driver', 'battery', 'keyboard', 'message 3 of ticket 4242', 'Customer 123'];
const searches = Array.from({ length: SAMPLES }, (_, i) => ({ q: words[i % words.length] }));
const baseline = await timed(searches, indexOnly);
const search = await timed(searches);
const filters: Array<Record<string, string | number>> = [
  { status: 'open' },
  { priority: 'urgent', sort: 'priority' },
  { category: 'network', order: 'asc' },
  { status: 'resolved', sort: 'created' },
  { from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 1, 15) },
  { page: 50, pageSize: 50 },
  { slaBreached: 'true' },
  { tag: 'printer', status: 'open' },
  { rating: 1 },
  { q: 'printer', status: 'closed' },
];
const list = await timed(Array.from({ length: SAMPLES }, (_, i) => filters[i % filters.length]!));
const tenth = await exportCsv({ to: SEED_START + (TICKETS / 10) * 60_000 + 1 });
const all = await exportCsv({});
await close();

console.log(
  `\ntickets bench on ${name}: ${TICKETS} tickets and sessions, ${TICKETS * EVENTS_PER_SESSION} events (seeded in ${Math.round(seedMs / 1000)} s)`,
);
const median = (values: number[]) => round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
console.log(
  `search p95 ${round(p95(search))} ms (median ${median(search)} ms) over ${SAMPLES} queries; index only: p95 ${round(p95(baseline))} ms (median ${median(baseline)} ms)`,
);
console.log(`list   p95 ${round(p95(list))} ms over ${SAMPLES} filtered, sorted, paged queries; slowest run of each filter:`);
for (const [i, filter] of filters.entries())
  console.log(
    `       ${String(round(Math.max(...list.filter((_, j) => j % filters.length === i)))).padStart(6)} ms  ${JSON.stringify(filter)}`,
  );
console.log('export   rows      ms   peak RSS MB (start)');
for (const e of [tenth, all])
  console.log(`       ${String(e.rows).padStart(6)}  ${String(Math.round(e.ms)).padStart(6)}   ${e.peakRssMb} (${e.baseRssMb})`);
console.log(
  JSON.stringify({
    bench: 'tickets',
    backend: name,
    search_p95_ms: round(p95(search)),
    search_index_only_p95_ms: round(p95(baseline)),
    search_ratio: Math.round((p95(search) / p95(baseline)) * 100) / 100,
    list_p95_ms: round(p95(list)),
    export_ms: Math.round(all.ms),
    export_peak_rss_mb: all.peakRssMb,
    export_small_peak_rss_mb: tenth.peakRssMb,
    tickets: TICKETS,
    events: TICKETS * EVENTS_PER_SESSION,
  }),
);
