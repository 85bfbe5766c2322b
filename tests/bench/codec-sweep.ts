// Picking the codec by measurement: raw pairs with the screen-content settings, one per codec, on
// the same source as npm run bench:latency (the real X screen when there is one, else a canvas;
// BENCH_SOURCE=canvas and BENCH_BUSY=1 as there).
import type { Page } from 'playwright';
import { launchTestBrowser } from '../support/browser';
import { startTestServer } from '../support/test-server';
import {
  collect,
  installCounterSource,
  installReceiverHelpers,
  placeWindow,
  showCounterOnScreen,
  startReading,
} from './glass-to-glass-probe';
import { startRawCounterPair } from './raw-counter-pair';

const codecs = (process.env.BENCH_CODECS ?? 'VP8,VP9,AV1,H264').split(',');
const server = await startTestServer();
const browser = await launchTestBrowser({
  extraArgs: ['--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});
const source = process.env.BENCH_SOURCE ?? (browser.mode === 'x-screen' ? 'x-screen' : 'canvas');
const counter = source === 'x-screen' ? await (await browser.browser.newContext({ viewport: null })).newPage() : null;
let origin = { x: 0, y: 0 };
if (counter) {
  await counter.goto(`${server.url}/healthz`);
  origin = await showCounterOnScreen(counter);
}
try {
  for (const codec of [null, ...codecs]) {
    const a = await browser.browser.newContext();
    const b = await browser.browser.newContext();
    if (counter) await installReceiverHelpers(a);
    else await installCounterSource(a, { busy: process.env.BENCH_BUSY === '1' });
    await installReceiverHelpers(b);
    const pages: Page[] = [await a.newPage(), await b.newPage()];
    if (counter)
      for (const [i, page] of pages.entries()) await placeWindow(page, { left: 1930 + i * 1500, top: 0, width: 1400, height: 1000 });
    const [s, r] = pages as [Page, Page];
    await s.goto(`${server.url}/healthz`);
    await r.goto(`${server.url}/healthz`);
    await startRawCounterPair(s, r, codec ? { codec: `video/${codec}` } : null);
    await startReading(r, '#raw-video', origin);
    const result = await collect(counter ?? s, r, 3000, Number(process.env.BENCH_MS ?? 10_000), '#raw-video', origin);
    console.log(
      (codec ?? 'default').padEnd(8),
      JSON.stringify({ p50: result.p50, p95: result.p95, fps: result.fps, size: `${result.width}x${result.height}`, ssim: result.ssim }),
    );
    await a.close();
    await b.close();
  }
} finally {
  await browser.close();
  await server.close();
}
