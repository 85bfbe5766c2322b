import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { signInStaff, takeFromQueue } from '../support/session-flow';

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

  it('tells the engineer which language the customer reads, in the queue and in the session', { timeout: 60_000 }, async () => {
    const engineer = await e2e.newPage(1300, 800);
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    const context = await e2e.browser.browser.newContext({ locale: 'ar-EG', viewport: { width: 1100, height: 800 } });
    const customer = await context.newPage();
    await customer.goto(`${e2e.server.url}/join`);
    await customer.getByLabel('اسمك').fill('ليلى');
    await customer.getByLabel('بماذا تحتاج المساعدة؟').fill('الطابعة لا تطبع');
    await customer.getByRole('button', { name: 'الحصول على المساعدة' }).click();
    await customer.getByTestId('session-code').waitFor();

    const row = engineer.getByTestId('queue-row').filter({ hasText: 'الطابعة لا تطبع' });
    await expect.poll(() => row.getByTestId('queue-language').textContent()).toBe('العربية');
    // Read out in Arabic, not as English letters.
    expect(await row.getByTestId('queue-language').getAttribute('lang')).toBe('ar');
    await screenshot(engineer, 'engineer-queue-languages');
    await takeFromQueue(engineer, 'الطابعة لا تطبع');
    await expect.poll(() => engineer.getByTestId('customer-language').textContent()).toContain('العربية');
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
