// npm run bench:control — remote-control input latency into a real X display, and file-transfer
// throughput against a bare RTCDataChannel pair, both in the same run.
import { createRequire } from 'node:module';
import { linkSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { createRobotInjector, type RobotLike } from '../../electron/control/injector';
import { launchTestBrowser } from '../support/browser';
import { createDesktopControl } from '../support/desktop-control';
import { capturerSource, installFakeDesktopApp } from '../support/fake-desktop-app';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';
import { createEngineer, startTestServer } from '../support/test-server';
import { startXDisplay } from '../support/x-display';
import { rawTransferMbPerSecond } from './raw-datachannel-pair';

const MOVES = Number(process.env.BENCH_MOVES ?? 200);
const MB = Number(process.env.BENCH_MB ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WIDTH = 1600;
const HEIGHT = 900;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;
const epoch = () => performance.timeOrigin + performance.now();

const x = await startXDisplay(WIDTH, HEIGHT);
// robotjs keeps its X connection open until the process ends: the display goes only after that.
process.on('exit', () => x.closeAfterExit());
const robot = createRequire(import.meta.url)('@jitsi/robotjs') as RobotLike & {
  setXDisplayName(name: string): void;
  getMousePos(): { x: number; y: number };
};
robot.setXDisplayName(x.display);
const server = await startTestServer();
const account = await createEngineer(server, 'Bench Engineer');
const browser = await launchTestBrowser();
const work = mkdtempSync(join(tmpdir(), 'firstline-bench-control-'));

/** Each injected move, when the X server reports the pointer at the mapped position. */
const arrivals: Array<{ at: number; exact: boolean }> = [];
const real = createRobotInjector(robot);
const desktopControl = createDesktopControl({
  injector: {
    ...real,
    moveTo(point) {
      real.moveTo(point);
      const where = robot.getMousePos();
      arrivals.push({ at: epoch(), exact: where.x === point.x && where.y === point.y });
    },
  },
  sharedSurface: () => ({ space: 'injector', x: 0, y: 0, width: WIDTH, height: HEIGHT }),
  emitInterrupted: () => undefined,
});

const waitForState = (page: Page, name: string, state: string) =>
  page
    .waitForFunction(
      ({ name, state }) => {
        const line = [...document.querySelectorAll<HTMLElement>('[data-testid="file-transfer"]')].find((el) =>
          el.textContent?.includes(name),
        );
        return line?.dataset.state === state ? performance.timeOrigin + performance.now() : null;
      },
      { name, state },
      { polling: 20, timeout: 120_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);

const latencies: number[] = [];
const firstline: number[] = [];
const raw: number[] = [];
try {
  const engineer = await (await browser.browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await signInStaff(engineer, `${server.url}/engineer`, account.email, 'engineer-pass-123');
  const app = await installFakeDesktopApp(await browser.browser.newContext({ viewport: { width: 1200, height: 900 } }), {
    serverUrl: server.url,
    sources: [capturerSource('screen:1:0', 'Entire screen', { display_id: '1' })],
    extra: desktopControl.handlers,
  });
  const customer = await app.openPage();
  await askForHelp(customer, server.url, 'Bench Customer', 'bench control');
  await takeFromQueue(engineer, 'bench control');
  await customer.getByRole('button', { name: 'Allow' }).click();
  await customer.getByRole('button', { name: 'Screen: Entire screen' }).click();
  await app.screens.takeChosen();
  await engineer.getByText("Viewing Bench Customer's screen.").waitFor({ timeout: 30_000 });
  await engineer.waitForFunction(() => (document.querySelector('[data-testid="remote-video"]') as HTMLVideoElement).videoWidth > 0);

  // Input: the engineer's pointer events over the picture, to the pointer on the customer's X display.
  await engineer.getByRole('button', { name: 'Ask for control' }).click();
  await customer.getByRole('button', { name: 'Allow control' }).click();
  await engineer.getByRole('button', { name: 'Control' }).click();
  const box = (await engineer.getByTestId('remote-video').boundingBox())!;
  await engineer.mouse.move(box.x + 10, box.y + box.height / 2);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await engineer.evaluate(() => {
    const w = window as unknown as { moves: number[] };
    w.moves = [];
    document.addEventListener('pointermove', (e) => w.moves.push(performance.timeOrigin + e.timeStamp), { capture: true });
  });
  arrivals.length = 0;
  const step = (box.width - 40) / MOVES;
  for (let i = 1; i <= MOVES; i += 1) {
    await engineer.mouse.move(box.x + 10 + i * step, box.y + box.height / 2 + (i % 2));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const moves = await engineer.evaluate(() => (window as unknown as { moves: number[] }).moves);
  const paired = Math.min(moves.length, arrivals.length);
  if (moves.length !== arrivals.length) console.log(`note: ${moves.length} pointer events, ${arrivals.length} injected moves`);
  latencies.push(...moves.slice(0, paired).map((at, i) => arrivals[i]!.at - at));
  await customer.getByRole('button', { name: 'Take back control' }).click();
  // The raw pair carries no video: the screen share stops so both measure the data path alone.
  await customer.getByRole('button', { name: 'Stop sharing' }).first().click();
  await engineer.getByText('Connected. Bench Customer is not sharing their screen right now.').waitFor();

  // Files: the customer's app sends to the engineer's console (hashed on both sides), against a bare channel pair.
  const file = join(work, 'bench.bin');
  writeFileSync(file, Buffer.alloc(MB * 1024 * 1024, 7));
  const rawA = await (await browser.browser.newContext()).newPage();
  const rawB = await (await browser.browser.newContext()).newPage();
  for (const page of [rawA, rawB]) await page.goto(`${server.url}/healthz`);
  for (let run = 0; run < RUNS; run += 1) {
    for (const kind of run % 2 === 0 ? ['firstline', 'raw'] : ['raw', 'firstline']) {
      if (kind === 'raw') {
        raw.push(await rawTransferMbPerSecond(rawA, rawB, MB * 1024 * 1024));
        continue;
      }
      const name = `bench-${run}.bin`;
      linkSync(file, join(work, name));
      await customer.getByTestId('file-picker').setInputFiles(join(work, name));
      await engineer.getByTestId('file-transfer').filter({ hasText: name }).getByRole('button', { name: 'Accept' }).click();
      const started = await waitForState(engineer, name, 'receiving');
      const finished = await waitForState(customer, name, 'done');
      firstline.push(MB / ((finished - started) / 1000));
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const median = (values: number[]) => percentile(values, 50);
const exact = arrivals.filter((a) => a.exact).length;
const result = {
  bench: 'control',
  input_p50_ms: round(percentile(latencies, 50)),
  input_p95_ms: round(percentile(latencies, 95)),
  input_samples: latencies.length,
  input_exact_position: exact,
  transfer_mb_s: round(median(firstline)),
  raw_transfer_mb_s: round(median(raw)),
  ratio_transfer: Math.round((median(firstline) / median(raw)) * 100) / 100,
};
console.log(`\ncontrol bench (${browser.mode}), ${MOVES} pointer moves, ${RUNS} × ${MB} MB each way of measuring`);
console.log(
  `input latency, console pointer event → X pointer at the mapped point: p50 ${result.input_p50_ms} ms, p95 ${result.input_p95_ms} ms (${exact} of ${arrivals.length} exact)`,
);
console.log('file transfer MB/s   firstline: ' + firstline.map(round).join(', ') + '   raw: ' + raw.map(round).join(', '));
console.log(JSON.stringify(result));
process.exit(0);
