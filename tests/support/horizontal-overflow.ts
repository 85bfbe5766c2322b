import type { Page } from 'playwright';

export const NARROW_VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

/**
 * Resizes the page, lets size-observing parts lay themselves out again, measures, and puts the size
 * back. Three frames are enough: a resize observer fires in the frame the new size is laid out, and
 * chart.js redraws in the animation frame after (with no resize animation). Waiting too little can
 * only report a chart as sticking out, never hide an overflow.
 */
export async function atViewport<T>(page: Page, size: { width: number; height: number }, measure: () => Promise<T>): Promise<T> {
  const original = page.viewportSize();
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
  try {
    return await measure();
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

/**
 * How far the page scrolls sideways at this viewport (0 when it fits), and the outermost elements
 * that stick out, to say what to fix.
 */
export function horizontalOverflow(page: Page, size: { width: number; height: number }): Promise<{ by: number; culprits: string[] }> {
  return atViewport(page, size, () =>
    page.evaluate(
      () =>
        new Promise<{ by: number; culprits: string[] }>((resolve) =>
          requestAnimationFrame(() => {
            const root = document.documentElement;
            const width = root.clientWidth;
            const out = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => {
              const box = el.getBoundingClientRect();
              const sticksOut = box.width > 0 && (box.right > width + 1 || box.left < -1);
              // Only the outermost: an element inside a scrolling box or inside another culprit is not.
              return sticksOut && !el.parentElement?.closest('.table-scroll, .tabs') && getComputedStyle(el).position !== 'fixed';
            });
            const outermost = out.filter((el) => !out.some((other) => other !== el && other.contains(el)));
            const describe = (el: Element) =>
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
            resolve({ by: root.scrollWidth - width, culprits: outermost.slice(0, 4).map(describe) });
          }),
        ),
    ),
  );
}

/** At 1280 px: the header's height (one row is under 70 px) and how many report figures are cut off. */
export function staffHeaderFit(page: Page): Promise<{ header: number; clipped: number }> {
  return atViewport(page, { width: 1280, height: 800 }, () =>
    page.evaluate(() => ({
      header: document.querySelector('.app-header')!.getBoundingClientRect().height,
      clipped: [...document.querySelectorAll('.kpis > *')].filter((k) => k.scrollWidth > k.clientWidth + 1).length,
    })),
  );
}
