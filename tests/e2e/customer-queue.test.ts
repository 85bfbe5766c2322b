import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { askForHelp, signInStaff } from '../support/session-flow';

/**
 * The queue as people meet it: the customer sees their place and can keep waiting when their code
 * runs out; the engineer can ask to be alerted (a chime and a desktop notification) when someone
 * starts waiting. Codes last four seconds here, so expiry is quick to reach.
 */
describe('the queue, for customers and engineers', () => {
  const fixture = withE2e('Grace Hopper', { codeTtlMs: 4000, sweepIntervalMs: 250 });

  it(
    'alerts an engineer who asked for it, shows customers their place, and keeps an expired request waiting with one click',
    { timeout: 90_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1366, 900);
      await engineer.context().grantPermissions(['notifications'], { origin: e2e.server.url });
      // Count the chimes and notifications the page makes.
      await engineer.context().addInitScript(() => {
        const w = window as unknown as { __notes: string[]; __chimes: number };
        w.__notes = [];
        w.__chimes = 0;
        const Native = window.Notification;
        class Counted extends Native {
          constructor(title: string, options?: NotificationOptions) {
            super(title, options);
            w.__notes.push(`${title} | ${options?.body ?? ''}`);
          }
        }
        window.Notification = Counted as typeof Notification;
        const start = OscillatorNode.prototype.start;
        OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
          w.__chimes += 1;
          return start.apply(this, args);
        };
      });
      await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
      const toggle = engineer.getByLabel('Alert me when a customer starts waiting (sound and desktop notification)');
      expect(await toggle.isChecked()).toBe(false);
      await toggle.check();

      const first = await e2e.newPage(1200, 860);
      await askForHelp(first, e2e.server.url, 'Ana', 'Printer jams');
      await expect.poll(() => first.getByTestId('queue-position').textContent()).toContain('You are next in the queue.');
      expect(await first.getByTestId('queue-position').textContent()).toContain('as soon as one is free');
      await expect
        .poll(() => engineer.evaluate(() => (window as unknown as { __notes: string[] }).__notes))
        .toEqual(['A customer is waiting | Ana: Printer jams']);
      expect(await engineer.evaluate(() => (window as unknown as { __chimes: number }).__chimes)).toBe(2);

      const second = await e2e.newPage(1200, 860);
      await askForHelp(second, e2e.server.url, 'Ben', 'Mail will not sync');
      await expect.poll(() => second.getByTestId('queue-position').textContent()).toContain('You are number 2 in the queue.');
      await screenshot(second, 'customer-queue-position');

      // Nobody takes them: the codes run out, and one click puts the request back in the queue.
      await first.getByRole('button', { name: 'Keep waiting' }).waitFor({ timeout: 15_000 });
      expect(await first.getByTestId('end-reason').textContent()).toContain('You can keep waiting with a new code.');
      await screenshot(first, 'customer-keep-waiting');
      await first.getByRole('button', { name: 'Keep waiting' }).click();
      await first.getByTestId('session-code').waitFor();
      await engineer.getByTestId('queue-row').filter({ hasText: 'Printer jams' }).waitFor();
      await expect.poll(() => engineer.evaluate(() => (window as unknown as { __notes: string[] }).__notes.length)).toBe(3);

      // Switched off, arrivals make no sound.
      await engineer.getByLabel('Alert me when a customer starts waiting (sound and desktop notification)').uncheck();
      const third = await e2e.newPage(1200, 860);
      // Pasted with a control character (a terminal's bell), which the server refuses: the page sends the text without it.
      await askForHelp(third, e2e.server.url, 'Cai', 'Screen\u0007 flickers');
      await engineer.getByTestId('queue-row').filter({ hasText: 'Screen flickers' }).waitFor();
      expect(await engineer.evaluate(() => (window as unknown as { __notes: string[] }).__notes.length)).toBe(3);
    },
  );
});
