import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { shareWithFixtureEngineer, withE2e } from '../support/e2e-fixture';

/**
 * Where the engineer's picture is on screen, scrolled into view first: the mouse reaches only what
 * the window shows, and the picture's place moves with whatever the page puts above it.
 */
async function pictureBox(engineer: Page) {
  const picture = engineer.getByTestId('remote-video');
  await picture.scrollIntoViewIfNeeded();
  return (await picture.boundingBox())!;
}

/** Drags across the engineer's picture between two points given as fractions of it. */
async function drag(engineer: Page, from: [number, number], to: [number, number]) {
  const box = await pictureBox(engineer);
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await engineer.mouse.move(...at(from));
  await engineer.mouse.down();
  for (let step = 1; step <= 8; step += 1) {
    const t = step / 8;
    await engineer.mouse.move(...at([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * (t * t)]));
  }
  await engineer.mouse.up();
}

const shapesOn = (page: Page) =>
  page.locator('[data-testid="annotation-layer"] g[data-tool]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-tool')));

/**
 * The engineer's laser pointer and drawings reach a customer who joined from a browser: drawn over
 * their page (which cannot be controlled), fading unless pinned, gone when cleared.
 */
describe('pointer and annotation', () => {
  const fixture = withE2e('Grace Hopper');

  it(
    'shows the laser and the shapes on the customer’s page; unpinned ones fade, pinned ones stay until cleared',
    { timeout: 90_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1400, 1000);
      const customer = await e2e.newPage(1200, 800);
      await shareWithFixtureEngineer(
        e2e,
        { engineer, customer },
        { customerName: 'Lin', problem: 'Where is the export button?', systemInformation: true },
      );
      await engineer.getByText("Viewing Lin's screen.").waitFor({ timeout: 20_000 });
      await expect.poll(() => engineer.getByTestId('remote-video').evaluate((v) => (v as HTMLVideoElement).videoWidth)).toBeGreaterThan(0);

      const tools = engineer.getByRole('toolbar', { name: "Point and draw on Lin's screen" });
      await tools.getByRole('button', { name: 'Pointer' }).click();
      const box = await pictureBox(engineer);
      await engineer.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
      await engineer.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
      const laser = customer.getByTestId('laser').locator('circle').last();
      await laser.waitFor();
      // The centre of the picture is the centre of the customer's window (the shared surface).
      await expect.poll(async () => Number(await laser.getAttribute('cx'))).toBeCloseTo(1200 / 2, -1);

      await tools.getByRole('button', { name: 'Arrow' }).click();
      await drag(engineer, [0.2, 0.2], [0.45, 0.45]);
      await tools.getByRole('button', { name: 'Rectangle' }).click();
      await drag(engineer, [0.55, 0.3], [0.8, 0.6]);
      await tools.getByRole('button', { name: 'Freehand' }).click();
      await drag(engineer, [0.2, 0.7], [0.6, 0.85]);
      await expect.poll(() => shapesOn(customer)).toEqual(['arrow', 'rectangle', 'freehand']);
      expect(await customer.getByTestId('laser').count()).toBe(0);
      await screenshot(customer, 'customer-annotations');
      await screenshot(engineer, 'engineer-annotations');

      // Unpinned shapes fade after a few seconds.
      await expect.poll(() => shapesOn(customer), { timeout: 10_000 }).toEqual([]);

      // Pinned ones stay, until cleared.
      await tools.getByRole('checkbox', { name: 'Keep drawings (no fading)' }).check();
      await tools.getByRole('button', { name: 'Rectangle' }).click();
      await drag(engineer, [0.3, 0.3], [0.7, 0.7]);
      await expect.poll(() => shapesOn(customer)).toEqual(['rectangle']);
      await new Promise((resolve) => setTimeout(resolve, 5500));
      expect(await shapesOn(customer)).toEqual(['rectangle']);
      await tools.getByRole('button', { name: 'Clear drawings' }).click();
      await expect.poll(() => shapesOn(customer)).toEqual([]);

      // A browser cannot measure live metrics: the System tab says so instead of drawing an empty chart.
      await engineer.getByRole('tab', { name: /System information/ }).click();
      await engineer.getByTestId('metrics-unavailable').getByText('Live metrics come from the desktop app.').waitFor();
      expect(await engineer.getByTestId('metrics-chart').count()).toBe(0);

      // Clicks still reach the customer's page under the overlay.
      await customer.getByLabel('Type a message').fill('I can see the arrow');
      expect(await customer.getByLabel('Type a message').inputValue()).toBe('I can see the arrow');
    },
  );
});
