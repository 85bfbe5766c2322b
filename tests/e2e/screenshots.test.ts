import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { shareWithFixtureEngineer, withE2e } from '../support/e2e-fixture';
import { signInStaff } from '../support/session-flow';
import { ADMIN_EMAIL } from '../support/test-server';

/** An image on the page, decoded: its size and how many colours a grid of samples finds (a blank picture has one). */
function imageVariety(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const colours = new Set<string>();
      for (let y = 0; y < canvas.height; y += 37)
        for (let x = 0; x < canvas.width; x += 41) colours.add(context.getImageData(x, y, 1, 1).data.join(','));
      return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
    });
}

describe('screenshots of the shared screen', () => {
  const fixture = withE2e('Grace Hopper');

  it(
    'keeps the frame the engineer sees, at its full size, tells the customer, and shows it in the ticket',
    { timeout: 120_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1400, 1100);
      const customer = await e2e.newPage(1100, 900);
      await shareWithFixtureEngineer(e2e, { engineer, customer }, { customerName: 'Mei Lin', problem: 'An error dialog I cannot read' });
      const video = engineer.getByTestId('remote-video');
      await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 20_000 }).toBeGreaterThan(0);
      const arrived = await video.evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, height: v.videoHeight }));

      await engineer.getByRole('button', { name: 'Take screenshot' }).click();
      const kept = engineer.getByTestId('screenshots').locator('img');
      await kept.first().waitFor();
      // The whole frame as it arrived, not the size it is shown at, and a real picture.
      const image = await imageVariety(engineer, '[data-testid="screenshots"] img');
      expect({ width: image.width, height: image.height }).toEqual(arrived);
      expect(image.colours).toBeGreaterThan(5);
      const notice = customer.getByTestId('screenshot-notice');
      await notice.waitFor();
      // The engineer's name is isolated (it may be written right to left) inside the sentence.
      expect((await notice.textContent())!.replace(/[\u2066-\u2069]/g, '')).toMatch(
        /^Grace Hopper kept a screenshot of your screen with your request at /,
      );
      await screenshot(engineer, 'engineer-screenshot-kept');
      await screenshot(customer, 'customer-screenshot-notice');

      // The ticket keeps it: on the session's timeline, where the admin opens it.
      const src = (await kept.first().getAttribute('src'))!;
      const sessionId = /\/api\/sessions\/([0-9a-f-]{36})\/screenshots\//.exec(src)![1]!;
      await engineer.getByRole('button', { name: 'End session' }).click();
      const admin = await e2e.newPage(1300, 1000);
      await signInStaff(admin, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
      await admin.goto(`${e2e.server.url}/admin#/sessions/${sessionId}`);
      const line = admin.getByTestId('timeline').locator('[data-type="screenshot.taken"]');
      await expect.poll(() => line.textContent()).toContain(`took a screenshot of the shared screen (${arrived.width}×${arrived.height})`);
      expect(await imageVariety(admin, '[data-type="screenshot.taken"] img')).toMatchObject(arrived);
      await screenshot(admin, 'admin-timeline-screenshot');

      // An admin deletes it for good, in two steps: the picture goes, the timeline says so.
      await line.getByRole('button', { name: 'Delete' }).click();
      await line.getByRole('button', { name: 'Delete for good' }).click();
      await admin.getByTestId('timeline').locator('[data-type="screenshot.deleted"]').getByText('deleted a screenshot').waitFor();
      expect(await line.locator('img').count()).toBe(0);
      expect((await e2e.server.store.screenshots.list(sessionId)).length).toBe(0);
    },
  );
});
