import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { startE2e, type E2eFixture } from '../support/e2e-fixture';

describe('languages', () => {
  let e2e: E2eFixture;
  beforeAll(async () => {
    e2e = await startE2e();
  }, 60_000);
  afterAll(async () => e2e?.close());

  it('follows the browser language, lays Arabic out right to left, and remembers a choice', { timeout: 60_000 }, async () => {
    const context = await e2e.browser.browser.newContext({ locale: 'ar-EG', viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/join`);
    await page.getByRole('heading', { name: 'احصل على المساعدة من مهندس دعم' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // In a right-to-left layout the brand sits at the right edge of the header.
    const brand = await page.locator('.brand').boundingBox();
    expect(brand!.x).toBeGreaterThan(500);
    await screenshot(page, 'customer-get-help-ar');

    await page.getByLabel('اللغة').selectOption('vi');
    await page.getByRole('heading', { name: 'Nhận trợ giúp từ kỹ sư hỗ trợ' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.reload();
    await page.getByRole('button', { name: 'Nhận trợ giúp' }).waitFor();
    await context.close();
  });

  it('serves the engineer console in Chinese for a zh-TW browser', { timeout: 60_000 }, async () => {
    const context = await e2e.browser.browser.newContext({ locale: 'zh-TW', viewport: { width: 1100, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/engineer`);
    await page.getByRole('heading', { name: '登入工程師主控台' }).waitFor();
    await screenshot(page, 'engineer-login-zh-hant');
    await context.close();
  });
});
