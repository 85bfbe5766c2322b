// npm run bench:latency — glass to glass on loopback in real Chromium: a frame counter drawn on the
// real X screen (or a captured 1920×1080 canvas without one), read back off the engineer's video, through Firstline (server,
// consoles, simple-peer, the screen-content settings) and through a raw RTCPeerConnection pair
// with Chromium's defaults, alternating in the same run. BENCH_SOURCE=canvas captures the canvas
// even with an X screen; BENCH_BUSY=1 adds to it a band of figures that change every frame (a task
// manager), which needs several Mbit/s. Besides g2g once steady, it reports g2g p95 over the first
// 3 s (while the sender's estimate of the link ramps up) and, per frame, where the time goes:
// encode, the sender's pacer (per packet), the receiver's jitter buffer, decode. BENCH_PICTURE=best|fastest
// has the engineer pick that preset (as in the Picture menu) before the measurement; the default is Balanced.
import type { Page } from 'playwright';
import { launchTestBrowser } from '../support/browser';
import { startSharedSession, timingMark } from '../support/session-flow';
import { createEngineer, startTestServer } from '../support/test-server';
import {
  collect,
  installCounterSource,
  installReceiverHelpers,
  placeWindow,
  showCounterOnScreen,
  startReading,
  type G2gResult,
} from './glass-to-glass-probe';
import { SOURCE } from './counter-picture';
import { pipelineStats } from './pipeline-stats';
import { startRawCounterPair } from './raw-counter-pair';
import { spyOnPeerConnections } from '../support/peer-connection-spy';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 3000);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 10_000);
const PICTURE = process.env.BENCH_PICTURE;

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;

const server = await startTestServer();
const account = await createEngineer(server, 'Bench Engineer');
// Windows behind the full-screen counter keep rendering, as they would on a customer's desktop.
const browser = await launchTestBrowser({
  extraArgs: ['--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});
// The real X screen when there is one (the counter shown full screen and captured), else the canvas.
const source = process.env.BENCH_SOURCE ?? (browser.mode === 'x-screen' ? 'x-screen' : 'canvas');
const counter = source === 'x-screen' ? await (await browser.browser.newContext({ viewport: null })).newPage() : null;
let origin = { x: 0, y: 0 };
if (counter) {
  await counter.goto(`${server.url}/healthz`);
  origin = await showCounterOnScreen(counter);
}
type Row = G2gResult & Awaited<ReturnType<typeof pipelineStats>> & { kind: 'firstline' | 'raw'; firstFullMs: number | null };
const rows: Row[] = [];

async function pair(): Promise<[Page, Page, () => Promise<void>]> {
  const a = await browser.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const b = await browser.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  for (const context of [a, b]) await spyOnPeerConnections(context);
  if (!counter) await installCounterSource(a, { busy: process.env.BENCH_BUSY === '1' });
  else await installReceiverHelpers(a);
  await installReceiverHelpers(b);
  const pages: [Page, Page] = [await a.newPage(), await b.newPage()];
  // Off the screen, so only the counter is captured.
  if (counter)
    for (const [i, page] of pages.entries()) await placeWindow(page, { left: 1930 + i * 1500, top: 0, width: 1400, height: 1000 });
  return [...pages, async () => (await a.close(), await b.close())];
}

try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const kind of run % 2 === 0 ? (['firstline', 'raw'] as const) : (['raw', 'firstline'] as const)) {
      const [customer, engineer, close] = await pair();
      let startedAt: number;
      let selector: string;
      if (kind === 'raw') {
        await customer.goto(`${server.url}/healthz`);
        await engineer.goto(`${server.url}/healthz`);
        startedAt = await customer.evaluate(() => performance.timeOrigin + performance.now());
        await startRawCounterPair(customer, engineer, null);
        selector = '#raw-video';
      } else {
        await startSharedSession({
          engineer,
          customer,
          serverUrl: server.url,
          engineerEmail: account.email,
          engineerPassword: 'engineer-pass-123',
          engineerName: 'Bench Engineer',
          customerName: 'Bench Customer',
          problem: `latency run ${run}`,
        });
        startedAt = await timingMark(customer, 'screen-track-ready');
        // The menu's options carry the presets' names as their values.
        if (PICTURE) await engineer.getByTestId('picture-controls').getByLabel('Picture').selectOption({ value: PICTURE });
        selector = '[data-testid="remote-video"]';
      }
      await startReading(engineer, selector, origin);
      const result = await collect(counter ?? customer, engineer, WARMUP_MS, WINDOW_MS, selector, origin);
      const pipeline = await pipelineStats(customer, engineer);
      rows.push({ ...result, ...pipeline, kind, firstFullMs: result.firstFullAt === null ? null : result.firstFullAt - startedAt });
      if (kind === 'firstline') await engineer.getByRole('button', { name: 'End session' }).click();
      await close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const of = (kind: Row['kind']) => rows.filter((r) => r.kind === kind);
const summary = (kind: Row['kind']) => {
  const r = of(kind);
  return {
    p50: median(r.map((x) => x.p50)),
    p95: median(r.map((x) => x.p95)),
    fps: median(r.map((x) => x.fps)),
    width: median(r.map((x) => x.width)),
    height: median(r.map((x) => x.height)),
    ssim: median(r.map((x) => x.ssim)),
    firstFullMs: median(r.map((x) => x.firstFullMs ?? Number.NaN)),
    earlyP95: median(r.map((x) => x.earlyP95)),
  };
};
const f = summary('firstline');
const raw = summary('raw');
console.log(
  `\nlatency bench (${browser.mode}, source ${source} ${SOURCE.width}×${SOURCE.height}, ${RUNS} runs each, ${WINDOW_MS} ms windows)`,
);
console.log(
  'path        g2g p50   g2g p95  first 3 s p95    fps   received     text SSIM   first full-res   encode  jitter buf  decode  (ms per frame)  pacer ms/pkt  kB/frame  bwe kbit/s',
);
for (const r of rows) {
  console.log(
    `${r.kind.padEnd(10)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(9)} ${r.earlyP95.toFixed(1).padStart(14)} ${r.fps.toFixed(1).padStart(6)}   ${`${r.width}×${r.height}`.padEnd(11)} ${r.ssim.toFixed(3).padStart(9)}   ${(r.firstFullMs === null ? 'never' : `${Math.round(r.firstFullMs)} ms`).padStart(14)} ${String(r.encodeMs).padStart(8)} ${String(r.jitterMs).padStart(11)} ${String(r.decodeMs).padStart(7)}  ${r.limitation}  ${r.pacerMs}  ${r.kbPerFrame}  ${r.bweKbps}`,
  );
}
console.log(
  `ratio g2g p50 ${(f.p50 / raw.p50).toFixed(2)} (target ≤ 0.60); resolution ${f.width}×${f.height} (target ${SOURCE.width}×${SOURCE.height})`,
);
console.log(
  JSON.stringify({
    bench: 'latency',
    g2g_p50_ms: round(f.p50),
    g2g_p95_ms: round(f.p95),
    raw_g2g_p50_ms: round(raw.p50),
    raw_g2g_p95_ms: round(raw.p95),
    ratio_p50: Math.round((f.p50 / raw.p50) * 100) / 100,
    width: f.width,
    height: f.height,
    fps: f.fps,
    raw_width: raw.width,
    raw_height: raw.height,
    raw_fps: raw.fps,
    first_3s_g2g_p95_ms: round(f.earlyP95),
    raw_first_3s_g2g_p95_ms: round(raw.earlyP95),
    first_full_res_ms: Number.isFinite(f.firstFullMs) ? Math.round(f.firstFullMs) : null,
    raw_first_full_res_ms: Number.isFinite(raw.firstFullMs) ? Math.round(raw.firstFullMs) : null,
    text_ssim: f.ssim,
    raw_text_ssim: raw.ssim,
    capture: source,
  }),
);
