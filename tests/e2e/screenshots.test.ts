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

const DAY = 24 * 60 * 60 * 1000;

/** The admin's retention card, on a fresh page (a clock moved by days has ended older sign-ins). */
async function retentionCard(e2e: { newPage(w: number, h: number): Promise<Page>; server: { url: string; adminPassword: string } }) {
  const admin = await e2e.newPage(1300, 1000);
  await signInStaff(admin, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
  await admin.goto(`${e2e.server.url}/admin#/users`);
  const card = admin.getByRole('region', { name: 'Keeping screenshots' });
  await card.getByRole('button', { name: 'Save' }).and(admin.locator(':enabled')).waitFor();
  return { admin, card };
}

describe('screenshots of the shared screen', () => {
  // The server's clock, moved on by whole days to see a retention period run out.
  let daysLater = 0;
  const fixture = withE2e('Grace Hopper', { now: () => Date.now() + daysLater * DAY });

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

  it(
    'keeps screenshots as long as the admin says, tells the customer how long, lets the customer delete one, and deletes the rest after',
    { timeout: 120_000 },
    async () => {
      const { e2e } = fixture;
      const { admin, card } = await retentionCard(e2e);
      await card.getByLabel('Delete them after a number of days').check();
      await card.getByLabel('Days', { exact: true }).fill('30');
      await card.getByRole('button', { name: 'Save' }).click();
      // Turning deletion on deletes at once: said first, confirmed.
      await card.getByText('Screenshots older than 30 days will be deleted now, for good.').waitFor();
      await screenshot(admin, 'admin-retention-confirm');
      await card.getByRole('button', { name: 'Delete them and save' }).click();
      await card.getByRole('status').getByText('Saved.').waitFor();

      const engineer = await e2e.newPage(1400, 1100);
      const customer = await e2e.newPage(1100, 900);
      await shareWithFixtureEngineer(e2e, { engineer, customer }, { customerName: 'Ola Nordmann', problem: 'Printer settings' });
      const video = engineer.getByTestId('remote-video');
      await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 20_000 }).toBeGreaterThan(0);
      await engineer.getByRole('button', { name: 'Take screenshot' }).click();
      const notice = customer.getByTestId('screenshot-notice');
      await expect.poll(() => notice.textContent()).toMatch(/It is deleted after 30 days\.$/);

      // A second one, taken in full screen (where small text is read) from the bar over the picture;
      // the customer takes it back: their screen, their call. The engineer's list loses it.
      const thumbnails = engineer.getByTestId('screenshots').locator('img');
      await expect.poll(() => thumbnails.count()).toBe(1);
      await engineer.getByRole('button', { name: 'Full screen' }).click();
      const bar = engineer.getByRole('toolbar', { name: 'Tools in full screen' });
      await bar.waitFor();
      expect(await engineer.evaluate(() => document.fullscreenElement?.className)).toBe('screen-stage');
      await bar.getByRole('button', { name: 'Take screenshot' }).click();
      await expect.poll(() => bar.getByRole('status').textContent()).toBe('2 screenshots kept with the ticket');
      await screenshot(engineer, 'engineer-full-screen-bar');
      // It steps aside while the pointer works on the picture, and comes back at the top edge.
      const stage = (await engineer.locator('.screen-stage').boundingBox())!;
      await engineer.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
      await expect.poll(() => bar.getAttribute('data-hidden'), { timeout: 8_000 }).toBe('true');
      await expect.poll(async () => (await bar.boundingBox())!.y + (await bar.boundingBox())!.height).toBeLessThanOrEqual(stage.y);
      await engineer.mouse.move(stage.x + stage.width / 2, stage.y + 10);
      await expect.poll(() => bar.getAttribute('data-hidden')).toBe('false');
      await expect.poll(async () => (await bar.boundingBox())!.y).toBeGreaterThanOrEqual(stage.y);
      await bar.getByRole('button', { name: 'Exit full screen' }).click();
      await expect.poll(() => engineer.evaluate(() => document.fullscreenElement)).toBeNull();
      await expect.poll(() => bar.count()).toBe(0);
      await expect.poll(() => thumbnails.count()).toBe(2);
      const kept = customer.getByTestId('kept-screenshots');
      await expect.poll(() => kept.getByRole('button', { name: /^Delete the screenshot taken at / }).count()).toBe(2);
      // The customer sees what was kept of their screen: the whole picture, as the engineer took it.
      // Pressed twice while the picture is on its way (held back here), it is asked for once.
      let asked = 0;
      await customer.route('**/api/sessions/customer-screenshot', async (route) => {
        asked += 1;
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      const see = kept.getByRole('button', { name: /^See the screenshot taken at / }).first();
      await see.click();
      await see.click();
      const seen = await imageVariety(customer, '[data-testid="kept-screenshots"] img');
      const taken = await video.evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, height: v.videoHeight }));
      expect({ width: seen.width, height: seen.height }).toEqual(taken);
      expect(seen.colours).toBeGreaterThan(5);
      expect(await kept.getByRole('button', { name: /^Hide the screenshot taken at / }).getAttribute('aria-expanded')).toBe('true');
      expect(asked).toBe(1);
      await customer.unroute('**/api/sessions/customer-screenshot');
      await screenshot(customer, 'customer-kept-screenshots');
      await kept
        .getByRole('button', { name: /^Delete the screenshot taken at / })
        .last()
        .click();
      await kept.getByText('Deleted for good.').waitFor();
      const deletedNotice = engineer.getByTestId('screenshot-deleted-notice');
      await expect
        .poll(async () => ((await deletedNotice.count()) ? (await deletedNotice.textContent())!.replace(/[\u2066-\u2069]/g, '') : ''))
        .toBe('Ola Nordmann deleted a screenshot of their screen.');
      await expect.poll(() => thumbnails.count()).toBe(1);
      await screenshot(engineer, 'engineer-screenshot-deleted-by-customer');
      // After a reload the customer still sees (and may still delete) what is kept.
      await customer.reload();
      await expect
        .poll(
          () =>
            customer
              .getByTestId('kept-screenshots')
              .getByRole('button', { name: /^Delete the screenshot taken at / })
              .count(),
          {
            timeout: 20_000,
          },
        )
        .toBe(1);
      const src = (await thumbnails.first().getAttribute('src'))!;
      const sessionId = /\/api\/sessions\/([0-9a-f-]{36})\/screenshots\//.exec(src)![1]!;
      await engineer.getByRole('button', { name: 'End session' }).click();

      // A month on, the next sweep (here: saving the setting again) deletes it; the timeline says who and why.
      daysLater = 31;
      const later = await retentionCard(e2e);
      expect(await later.card.getByLabel('Days', { exact: true }).inputValue()).toBe('30');
      // The next admin who looks sees who set it, and when.
      const changedBy = (await later.card.getByTestId('retention-changed').textContent())!.replace(/[\u2066-\u2069]/g, '');
      expect(changedBy).toMatch(
        new RegExp(`^Last changed by ${(await e2e.server.store.users.findByEmail(ADMIN_EMAIL))!.name} on .*20\\d\\d`),
      );
      await later.card.getByRole('button', { name: 'Save' }).click();
      await later.card.getByRole('status').getByText('Saved. 1 older screenshot was deleted.').waitFor();
      await screenshot(later.admin, 'admin-retention-saved');
      await later.admin.goto(`${e2e.server.url}/admin#/sessions/${sessionId}`);
      const expired = later.admin.getByTestId('timeline').locator('[data-type="screenshots.expired"]');
      await expect.poll(() => expired.textContent()).toContain('deleted 1 screenshot kept longer than 30 days');
      // A month after the session began, the line carries its date, not only its time.
      expect(await expired.locator('time').textContent()).toMatch(/20\d\d/);
      const timeline = later.admin.getByTestId('timeline');
      expect(await timeline.locator('[data-type="screenshot.taken"] img').count()).toBe(0);
      expect(await timeline.locator('[data-type="screenshot.deleted"]').textContent()).toContain('Ola Nordmann');
      await screenshot(later.admin, 'admin-timeline-screenshots-expired');
      expect((await e2e.server.store.screenshots.list(sessionId)).length).toBe(0);
    },
  );
});
