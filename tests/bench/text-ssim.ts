import type { Page } from 'playwright';
import { SOURCE, TEXT_REGION } from './counter-picture';

/**
 * Structural similarity (8×8 windows, luma) of the text block as received against the same block
 * drawn locally; the best over ±3 px, since a window's reported toolbar height can be a pixel off.
 */
export function textSsim(receiver: Page, selector: string, origin: { x: number; y: number }): Promise<number> {
  return receiver.evaluate(
    ({ sel, region, source, origin }) => {
      const video = document.querySelector(sel) as HTMLVideoElement;
      const PAD = 3;
      const w = region.width;
      const h = region.height;
      const grey = (canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const out = new Float32Array(canvas.width * canvas.height);
        for (let i = 0; i < out.length; i += 1) out[i] = 0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!;
        return out;
      };
      // The received block with a margin, scaled to source pixels.
      const got = Object.assign(document.createElement('canvas'), { width: w + 2 * PAD, height: h + 2 * PAD });
      const s = video.videoWidth / source.width;
      got
        .getContext('2d')!
        .drawImage(
          video,
          (origin.x + region.x - PAD) * s,
          (origin.y + region.y - PAD) * s,
          (w + 2 * PAD) * s,
          (h + 2 * PAD) * s,
          0,
          0,
          w + 2 * PAD,
          h + 2 * PAD,
        );
      const want = Object.assign(document.createElement('canvas'), { width: w, height: h });
      (globalThis as unknown as { __drawText: (c: CanvasRenderingContext2D, x: number, y: number) => void }).__drawText(
        want.getContext('2d')!,
        0,
        0,
      );
      const a = grey(got);
      const b = grey(want);
      const gw = w + 2 * PAD;
      const C1 = (0.01 * 255) ** 2;
      const C2 = (0.03 * 255) ** 2;
      const ssimAt = (dx: number, dy: number) => {
        let total = 0;
        let windows = 0;
        for (let y = 0; y + 8 <= h; y += 8) {
          for (let x = 0; x + 8 <= w; x += 8) {
            let ma = 0;
            let mb = 0;
            for (let j = 0; j < 8; j += 1)
              for (let i = 0; i < 8; i += 1) {
                ma += a[(y + j + dy) * gw + x + i + dx]!;
                mb += b[(y + j) * w + x + i]!;
              }
            ma /= 64;
            mb /= 64;
            let va = 0;
            let vb = 0;
            let cov = 0;
            for (let j = 0; j < 8; j += 1)
              for (let i = 0; i < 8; i += 1) {
                const da = a[(y + j + dy) * gw + x + i + dx]! - ma;
                const db = b[(y + j) * w + x + i]! - mb;
                va += da * da;
                vb += db * db;
                cov += da * db;
              }
            total += ((2 * ma * mb + C1) * (2 * (cov / 63) + C2)) / ((ma * ma + mb * mb + C1) * (va / 63 + vb / 63 + C2));
            windows += 1;
          }
        }
        return total / windows;
      };
      let best = -1;
      for (let dy = 0; dy <= 2 * PAD; dy += 1) for (let dx = 0; dx <= 2 * PAD; dx += 1) best = Math.max(best, ssimAt(dx, dy));
      return Math.round(best * 1000) / 1000;
    },
    { sel: selector, region: TEXT_REGION, source: SOURCE, origin },
  );
}
