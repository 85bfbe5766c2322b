// npm run bench:session — time to first frame through Firstline (server, consoles, simple-peer)
// against a raw RTCPeerConnection pair in the same browser, in the same run.
import { launchTestBrowser } from '../support/browser';
import { allowAndShare, askForHelp, signInStaff, takeFromQueue, timingMark } from '../support/session-flow';
import { createEngineer, startTestServer } from '../support/test-server';
import { rawTimeToFirstFrame } from './raw-webrtc-pair';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;

const server = await startTestServer();
const engineerAccount = await createEngineer(server, 'Bench Engineer');
const browser = await launchTestBrowser();
const firstline: number[] = [];
const raw: number[] = [];

try {
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate which goes first so warm-up and drift do not favour either.
    const order = run % 2 === 0 ? ['firstline', 'raw'] : ['raw', 'firstline'];
    for (const kind of order) {
      const a = await browser.browser.newContext();
      const b = await browser.browser.newContext();
      const [customer, engineer] = [await a.newPage(), await b.newPage()];
      if (kind === 'raw') {
        // tsx keeps function names with a __name helper that the page does not have.
        for (const context of [a, b]) await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
        await customer.goto(`${server.url}/healthz`);
        await engineer.goto(`${server.url}/healthz`);
        raw.push(await rawTimeToFirstFrame(customer, engineer));
      } else {
        const problem = `bench run ${run}`;
        await signInStaff(engineer, `${server.url}/engineer`, engineerAccount.email, 'engineer-pass-123');
        await askForHelp(customer, server.url, 'Bench Customer', problem);
        await takeFromQueue(engineer, problem);
        await allowAndShare(customer, 'Bench Engineer');
        const trackReady = await timingMark(customer, 'screen-track-ready');
        const firstFrame = await timingMark(engineer, 'first-frame');
        firstline.push(firstFrame - trackReady);
        await engineer.getByRole('button', { name: 'End session' }).click();
      }
      await a.close();
      await b.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ttff = median(firstline);
const rawTtff = median(raw);
console.log(`\nsession bench (${browser.mode}, ${RUNS} runs each), time to first decoded frame in ms`);
console.log('run   firstline   raw');
firstline.forEach((value, i) =>
  console.log(`${String(i + 1).padStart(3)}   ${round(value).toFixed(1).padStart(9)}   ${round(raw[i]!).toFixed(1).padStart(6)}`),
);
console.log(
  `med   ${round(ttff).toFixed(1).padStart(9)}   ${round(rawTtff).toFixed(1).padStart(6)}   ratio ${(ttff / rawTtff).toFixed(2)} (target ≤ 1.30)`,
);
console.log(
  JSON.stringify({
    bench: 'session',
    ttff_ms: round(ttff),
    raw_ttff_ms: round(rawTtff),
    ratio: Math.round((ttff / rawTtff) * 100) / 100,
    runs: RUNS,
    capture: browser.mode,
  }),
);
