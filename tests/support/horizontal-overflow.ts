import type { Page } from 'playwright';

export const NARROW_VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

/**
 * How far the page scrolls sideways at this viewport (0 when it fits), and the outermost elements
 * that stick out, to say what to fix. The viewport is put back afterwards.
 */
export async function horizontalOverflow(page: Page, size: { width: number; height: number }): Promise<{ by: number; culprits: string[] }> {
  const original = page.viewportSize();
  await page.setViewportSize(size);
  // Charts and other size-observing parts lay themselves out again a moment after a resize.
  await page.waitForTimeout(300);
  try {
    return await page.evaluate(
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
    );
  } finally {
    if (original) await page.setViewportSize(original);
  }
}
