import { expect } from 'vitest';
import type { Page } from 'playwright';
import { videoFrameVariety } from './browser';

/** How many frames the engineer-side page has decoded, from the stats under its picture. */
export const framesDecoded = async (page: Page) =>
  Number((await page.getByTestId('connection-stats').getAttribute('data-frames-decoded')) ?? 0);

/** The picture really arrives on this page: frames decoded, and a frame with content in it. */
export async function expectPicture(page: Page): Promise<void> {
  await expect.poll(() => framesDecoded(page), { timeout: 30_000 }).toBeGreaterThan(0);
  const frame = await videoFrameVariety(page, '[data-testid="remote-video"]');
  expect(frame.width).toBeGreaterThan(0);
  expect(frame.colours).toBeGreaterThan(8);
}
