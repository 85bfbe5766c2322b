import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';

/**
 * A customer on a phone (a browser without getDisplayMedia, as on iOS and Android) asks for help:
 * they are told at once that this device cannot share its screen, not after a failed attempt; the
 * engineer sees "chat only" before taking the request; the two chat.
 */
describe('a customer on a phone', () => {
  const fixture = withE2e('Grace Hopper');

  it(
    'is told the screen cannot be shared from here, and chats with an engineer who knew before taking it',
    { timeout: 120_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1300, 900);
      await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
      const phone = await e2e.browser.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await phone.addInitScript(() => {
        // As in a phone's browser: no way to capture the screen.
        Object.defineProperty(MediaDevices.prototype, 'getDisplayMedia', { value: undefined, configurable: true });
      });
      const customer = await phone.newPage();
      await askForHelp(customer, e2e.server.url, 'Mai', 'My laptop Wi-Fi is down');

      const row = engineer.getByTestId('queue-row').filter({ hasText: 'My laptop Wi-Fi is down' });
      await expect
        .poll(() => row.getByTestId('queue-chat-only').textContent())
        .toBe('Chat only: their browser cannot share a screen (a phone or a tablet)');
      await takeFromQueue(engineer, 'My laptop Wi-Fi is down');
      // Asked to allow chat (and system information), not a screen this phone cannot share.
      await customer.getByRole('button', { name: 'Allow' }).waitFor();
      expect(await customer.getByText('See your screen').count()).toBe(0);
      await screenshot(customer, 'customer-phone-consent');
      await customer.getByRole('button', { name: 'Allow' }).click();
      await customer.getByTestId('share-unavailable').getByText('This browser cannot share its screen').waitFor();
      expect(await customer.getByRole('button', { name: 'Choose screen to share' }).count()).toBe(0);
      // The customer's name is isolated (it may be written right to left) inside the sentence.
      const placeholder = engineer.locator('.screen-placeholder');
      await expect
        .poll(async () => (await placeholder.textContent())?.replace(/[\u2066-\u2069]/g, ''))
        .toBe("Mai's browser cannot share a screen (a phone or a tablet). Chat with them, or ask them to open the page on a computer.");

      await customer.getByText('Connected with Grace Hopper.').waitFor({ timeout: 20_000 });
      await engineer.getByText('Connected. Mai can chat, but cannot share a screen from this device.').waitFor();
      // No control, drawing or screenshot tools for a screen that cannot come.
      for (const tool of ['Pointer', 'Take screenshot']) expect(await engineer.getByRole('button', { name: tool }).count()).toBe(0);
      expect(await engineer.getByTestId('picture-controls').count()).toBe(0);
      await customer.getByPlaceholder('Type a message').fill('I am on my phone, the laptop has no Wi-Fi');
      await customer.getByRole('button', { name: 'Send', exact: true }).click();
      await engineer.getByText('I am on my phone, the laptop has no Wi-Fi').waitFor();
      // The bar that says who is connected stays on screen, so it must not take much of it (it took 110 px).
      const bar = (await customer.getByTestId('sharing-bar').boundingBox())!;
      expect(bar.height).toBeLessThanOrEqual(64);
      // Nothing on a 390 px screen is wider than the screen.
      expect(await customer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(customer, 'customer-phone-chat-only');
      await screenshot(engineer, 'engineer-chat-only');
    },
  );
});
