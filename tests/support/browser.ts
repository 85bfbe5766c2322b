import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';

export type CaptureMode = 'x-screen' | 'fake-device';

export interface TestBrowser {
  browser: Browser;
  mode: CaptureMode;
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function hasXvfb(): boolean {
  return spawnSync('sh', ['-c', 'command -v Xvfb'], { stdio: 'ignore' }).status === 0;
}

/** Starts a private Xvfb and resolves with its display name (":N"). */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
    xvfb.stdout.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve({ display: `:${chunk.toString().trim()}`, process: xvfb });
    });
    xvfb.once('error', reject);
  });
}

/**
 * Real Chromium. With a display (ours or a private Xvfb) it runs headful and shares the real X
 * screen; without one it falls back to Chromium's synthetic capture device. `mode` says which.
 */
export async function launchTestBrowser(options: { extraArgs?: string[]; executablePath?: string } = {}): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  let xvfb: ChildProcess | undefined;
  // FIRSTLINE_E2E_CAPTURE=fake forces the synthetic device, to exercise the no-display path.
  const forceFake = process.env.FIRSTLINE_E2E_CAPTURE === 'fake';
  let display = forceFake ? undefined : process.env.DISPLAY;
  if (!display && !forceFake && hasXvfb()) {
    const started = await startXvfb();
    xvfb = started.process;
    display = started.display;
  }
  const mode: CaptureMode = display ? 'x-screen' : 'fake-device';
  const args =
    mode === 'x-screen'
      ? [...BASE_ARGS, '--auto-select-desktop-capture-source=Entire screen', '--window-size=1280,900']
      : [...BASE_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--auto-accept-this-tab-capture'];
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? CHROMIUM,
    headless: mode === 'fake-device',
    args: [...args, ...(options.extraArgs ?? [])],
    env: { ...process.env, DISPLAY: display ?? '' },
  });
  console.log(`[e2e] screen capture mode: ${mode === 'x-screen' ? `real X screen on ${display}` : 'synthetic fake device (no display)'}`);
  return {
    browser,
    mode,
    async close() {
      await browser.close();
      xvfb?.kill();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Samples the element's current video frame: how many distinct colours, and the brightness spread. */
export function videoFrameVariety(page: Page, selector: string): Promise<{ colours: number; spread: number; width: number }> {
  return page.$eval(selector, (element) => {
    const video = element as HTMLVideoElement;
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    let min = 255;
    let max = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
      const luma = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      min = Math.min(min, luma);
      max = Math.max(max, luma);
    }
    return { colours: colours.size, spread: max - min, width: video.videoWidth };
  });
}
