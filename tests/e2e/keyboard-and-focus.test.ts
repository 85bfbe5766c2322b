import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { shareWithFixtureEngineer, withE2e } from '../support/e2e-fixture';
import { askForHelp } from '../support/session-flow';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? null, text: el?.textContent?.trim() ?? null, checked: el?.getAttribute('aria-checked') ?? null };
  });

/**
 * Keyboard users: focus goes to the new screen's heading on every screen change, the engineer's
 * tabs and the rating stars follow the arrow keys (mirrored in Arabic).
 */
describe('keyboard and focus', () => {
  const fixture = withE2e('Grace Hopper');

  it('moves focus to each new screen’s heading, and the tabs and the stars answer the arrow keys', { timeout: 90_000 }, async () => {
    const { e2e } = fixture;
    const engineer = await e2e.newPage(1366, 900);
    const asking = await e2e.newPage(1200, 860);
    await askForHelp(asking, e2e.server.url, 'Lin', 'Keyboard only');
    await expect.poll(() => focused(asking)).toMatchObject({ tag: 'H1', text: 'Waiting for an engineer' });
    // A new tab for the next request: this one would find its waiting request again (it is kept for the tab).
    await asking.close();
    const customer = await e2e.newPage(1200, 860);

    await shareWithFixtureEngineer(e2e, { engineer, customer }, { customerName: 'Lin', problem: 'Tabs and stars' });
    await expect.poll(() => focused(engineer)).toMatchObject({ tag: 'H1', text: 'Lin' });

    // Tabs: one Tab stop; the arrow keys move and select.
    const screenTab = engineer.getByRole('tab', { name: 'Screen' });
    const systemTab = engineer.getByRole('tab', { name: /System information/ });
    expect(await systemTab.getAttribute('tabindex')).toBe('-1');
    await screenTab.focus();
    await engineer.keyboard.press('ArrowRight');
    await expect.poll(() => systemTab.getAttribute('aria-selected')).toBe('true');
    expect((await focused(engineer)).text).toContain('System information');
    await engineer.keyboard.press('Home');
    await expect.poll(() => screenTab.getAttribute('aria-selected')).toBe('true');

    // The stars: arrows choose, Home and End go to the ends.
    await engineer.getByTestId('end-session').click();
    const stars = customer.getByRole('radiogroup');
    await stars.waitFor();
    await customer.getByRole('radio', { name: '1 of 5' }).focus();
    await customer.keyboard.press('ArrowRight');
    await customer.keyboard.press('ArrowRight');
    await expect.poll(() => focused(customer)).toMatchObject({ checked: 'true' });
    await expect.poll(() => customer.getByRole('radio', { name: '2 of 5' }).getAttribute('aria-checked')).toBe('true');
    await customer.keyboard.press('End');
    await expect.poll(() => customer.getByRole('radio', { name: '5 of 5' }).getAttribute('aria-checked')).toBe('true');
    await customer.keyboard.press('ArrowLeft');
    await expect.poll(() => customer.getByRole('radio', { name: '4 of 5' }).getAttribute('aria-checked')).toBe('true');
    // Right to left, the left arrow goes forward.
    await customer.evaluate(() => (document.documentElement.dir = 'rtl'));
    await customer.keyboard.press('ArrowLeft');
    await expect.poll(() => customer.getByRole('radio', { name: '5 of 5' }).getAttribute('aria-checked')).toBe('true');
  });
});
