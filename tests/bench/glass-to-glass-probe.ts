/**
 * Glass to glass on one clock. A 1920×1080 counter picture is captured, either as the real X screen
 * (shown full screen in a window of its own) or as a canvas the customer's page captures instead of
 * the screen: every frame carries its number as 20 black/white squares, the send time is noted, and
 * a block of small text stays still for the legibility check. The engineer's page reads the
 * number back from each decoded frame (requestVideoFrameCallback) and notes when it arrived.
 */
import type { BrowserContext, Page } from 'playwright';
import { SOURCE, TEXT_REGION } from './counter-picture';
import { textSsim } from './text-ssim';

/** Page code shared by sender and receiver: draws the still text block the same way on both. */
const DRAW_TEXT = `
  globalThis.__name = (fn) => fn;
  globalThis.__drawText = (ctx, dx, dy) => {
    ctx.fillStyle = '#fff';
    ctx.fillRect(dx, dy, ${TEXT_REGION.width}, ${TEXT_REGION.height});
    ctx.fillStyle = '#111';
    ctx.font = '13px sans-serif';
    for (let i = 0; i < 19; i += 1) {
      ctx.fillText('Line ' + i + ': Printer offline, error 0x8007' + (1000 + i * 37) + ' in spooler.exe; DNS 8.8.4.' + i, dx + 8, dy + 18 + i * 18);
    }
  };`;

/** Page code: starts drawing the counter into a 1920×1080 canvas 30 times a second, noting each frame's send time. */
const COUNTER_CANVAS = `${DRAW_TEXT}
    globalThis.__startCounter = (busy) => {
      const { width: W, height: H, bits: BITS, square: SQ } = ${JSON.stringify(SOURCE)};
      const T = ${JSON.stringify(TEXT_REGION)};
      const sent = new Map();
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      let n = 0;
      const draw = () => {
        const ctx = canvas.getContext('2d');
        n += 1;
        // A moving block, as a dragged window or a scrolling list would be.
        ctx.fillStyle = '#e8eef7';
        ctx.fillRect(0, 600, W, 200);
        ctx.fillStyle = '#3366aa';
        ctx.fillRect((n * 12) % (W - 200), 620, 200, 160);
        for (let b = 0; b < BITS; b += 1) {
          ctx.fillStyle = (n >> b) & 1 ? '#000' : '#fff';
          ctx.fillRect(b * SQ, 0, SQ, SQ);
        }
        // A busy screen (figures changing everywhere, as in a task manager) needs far more bits.
        if (busy) {
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 820, W, 260);
          ctx.fillStyle = '#222';
          ctx.font = '12px monospace';
          for (let row = 0; row < 16; row += 1) {
            let line = '';
            for (let col = 0; col < 40; col += 1) line += ((n * 7919 + row * 104729 + col * 1299709) % 99991).toString().padStart(6, ' ');
            ctx.fillText(line, 8, 836 + row * 16);
          }
        }
        sent.set(n, performance.timeOrigin + performance.now());
      };
      globalThis.__g2gSent = sent;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, W, H);
      globalThis.__drawText(ctx, T.x, T.y);
      draw();
      setInterval(draw, 1000 / 30);
      return canvas;
    };`;

/**
 * Replaces getDisplayMedia in this context with the counter canvas (the app's own code path stays
 * the same). `busy` adds a band of figures that change every frame, so the picture needs bandwidth.
 */
export async function installCounterSource(context: BrowserContext, options: { busy?: boolean } = {}): Promise<void> {
  await context.addInitScript({
    content: `${COUNTER_CANVAS}
    (() => {
      let canvas = null;
      navigator.mediaDevices.getDisplayMedia = async () => {
        canvas = canvas ?? globalThis.__startCounter(${options.busy === true});
        return canvas.captureStream(30);
      };
    })();`,
  });
}

/** Moves a page's browser window (there is no window manager on a private Xvfb to do it). */
export async function placeWindow(page: Page, bounds: { left: number; top: number; width: number; height: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
  await cdp.send('Browser.setWindowBounds', { windowId, bounds });
  await cdp.detach();
}

/**
 * The real X screen as the source: this page's window covers the screen and shows the counter
 * (other windows are moved off the screen), and getDisplayMedia captures the whole screen. The
 * counter sits below the window's toolbar: its offset on the screen is returned for the reader.
 */
export async function showCounterOnScreen(page: Page): Promise<{ x: number; y: number }> {
  await placeWindow(page, { left: 0, top: 0, width: SOURCE.width, height: SOURCE.height });
  await page.addInitScript({ content: COUNTER_CANVAS });
  await page.goto(page.url());
  return page.evaluate(() => {
    const canvas = (globalThis as unknown as { __startCounter: () => HTMLCanvasElement }).__startCounter();
    canvas.style.cssText = 'position:fixed;left:0;top:0';
    document.body.append(canvas);
    return { x: screenX + (outerWidth - innerWidth), y: screenY + (outerHeight - innerHeight) };
  });
}

export async function installReceiverHelpers(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: DRAW_TEXT });
}

/** Starts reading frame numbers off the video element that matches `selector`. */
export async function startReading(page: Page, selector: string, origin = { x: 0, y: 0 }): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const v = document.querySelector(sel) as HTMLVideoElement | null;
      return !!v && v.videoWidth > 0;
    },
    selector,
    { timeout: 30_000 },
  );
  await page.evaluate(
    ({ sel, source, origin }) => {
      const video = document.querySelector(sel) as HTMLVideoElement;
      const { width: W, height: H, bits: BITS, square: SQ } = source;
      const received: Array<{ n: number; at: number; width: number; height: number }> = [];
      (globalThis as unknown as { __g2gReceived: typeof received }).__g2gReceived = received;
      const strip = document.createElement('canvas');
      strip.width = BITS * 8;
      strip.height = 8;
      const ctx = strip.getContext('2d', { willReadFrequently: true })!;
      const seen = new Set<number>();
      const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
        const at = performance.timeOrigin + performance.now();
        const sx = meta.width / W;
        const sy = meta.height / H;
        ctx.drawImage(video, origin.x * sx, origin.y * sy, BITS * SQ * sx, SQ * sy, 0, 0, BITS * 8, 8);
        const data = ctx.getImageData(0, 0, BITS * 8, 8).data;
        let n = 0;
        for (let b = 0; b < BITS; b += 1) {
          const i = (4 * BITS * 8 + b * 8 + 4) * 4;
          if ((data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 128) n |= 1 << b;
        }
        if (n > 0 && !seen.has(n)) {
          seen.add(n);
          received.push({ n, at, width: meta.width, height: meta.height });
        }
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
    },
    { sel: selector, source: SOURCE, origin },
  );
}

export interface G2gResult {
  samples: number;
  p50: number;
  p95: number;
  fps: number;
  width: number;
  height: number;
  /** The first frame at the source's full size, ms after the first frame of any size. */
  fullResAfterMs: number | null;
  /** g2g over the first 3 s after the first frame (while the sender's estimate of the link ramps up). */
  earlyP50: number;
  earlyP95: number;
  /** When (epoch ms) the first frame, and the first full-size frame, arrived. */
  firstAt: number | null;
  firstFullAt: number | null;
  ssim: number;
}

const EARLY_MS = 3000;

/** Waits `ms`, then pairs what was received with what was sent over that window. */
export async function collect(
  sender: Page,
  receiver: Page,
  warmupMs: number,
  ms: number,
  selector: string,
  origin = { x: 0, y: 0 },
): Promise<G2gResult> {
  await receiver.waitForTimeout(warmupMs);
  const from = await receiver.evaluate(() => performance.timeOrigin + performance.now());
  await receiver.waitForTimeout(ms);
  const received = await receiver.evaluate(
    () => (globalThis as unknown as { __g2gReceived: Array<{ n: number; at: number; width: number; height: number }> }).__g2gReceived,
  );
  const sent = new Map(await sender.evaluate(() => [...(globalThis as unknown as { __g2gSent: Map<number, number> }).__g2gSent.entries()]));
  const first = received[0];
  const firstFull = received.find((r) => r.width === SOURCE.width && r.height === SOURCE.height);
  const window = received.filter((r) => r.at >= from);
  const delaysOf = (frames: typeof received) =>
    frames
      .map((r) => r.at - (sent.get(r.n) ?? Number.NaN))
      .filter((d) => Number.isFinite(d) && d >= 0)
      .sort((a, b) => a - b);
  const delays = delaysOf(window);
  const early = first ? delaysOf(received.filter((r) => r.at < first.at + EARLY_MS)) : [];
  const last = window.at(-1) ?? received.at(-1);
  return {
    samples: delays.length,
    p50: percentile(delays, 0.5),
    p95: percentile(delays, 0.95),
    fps: Math.round((window.length / (ms / 1000)) * 10) / 10,
    width: last?.width ?? 0,
    height: last?.height ?? 0,
    earlyP50: percentile(early, 0.5),
    earlyP95: percentile(early, 0.95),
    fullResAfterMs: first && firstFull ? Math.round(firstFull.at - first.at) : null,
    firstAt: first?.at ?? null,
    firstFullAt: firstFull?.at ?? null,
    ssim: await textSsim(receiver, selector, origin),
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10 : Number.NaN;
