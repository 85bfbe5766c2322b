import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { allowAndShare, askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';
import { ADMIN_EMAIL } from '../support/test-server';

const NAME = `<img src=x onerror="window.__xss='name'">`;
const PROBLEM = `<script>window.__xss='problem'</script><b>bold?</b>`;
const CHAT = `<svg onload="window.__xss='chat'"></svg><a href="javascript:window.__xss='link'">click</a>`;
const ENGINEER = `Eve <iframe src="javascript:parent.__xss='engineer'"></iframe>`;

/** Hostile text typed by people must show as text in every console, never run. */
describe('XSS payloads render as text', () => {
  let e2e: E2eFixture;
  const pages: Page[] = [];
  const dialogs: string[] = [];
  const open = async () => {
    const page = await e2e.newPage(1300, 900);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    pages.push(page);
    return page;
  };
  const notExecuted = async (page: Page) =>
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();

  beforeAll(async () => {
    e2e = await startE2e(ENGINEER);
  }, 60_000);
  afterAll(async () => e2e?.close());

  it('in the queue, the consent screen, chat, the ticket timeline and the users list', { timeout: 90_000 }, async () => {
    const engineer = await open();
    const customer = await open();
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    await askForHelp(customer, e2e.server.url, NAME, PROBLEM);
    const row = engineer.getByTestId('queue-row');
    await row.waitFor();
    expect(await row.textContent()).toContain(NAME);
    expect(await row.textContent()).toContain(PROBLEM);
    await takeFromQueue(engineer, PROBLEM);
    expect(await customer.getByTestId('engineer-name').textContent()).toBe(ENGINEER);
    await allowAndShare(customer, ENGINEER);

    await customer.getByPlaceholder('Type a message').fill(CHAT);
    await customer.getByRole('button', { name: 'Send', exact: true }).click();
    await engineer.getByText(CHAT).waitFor();
    await engineer.getByText(CHAT).click();
    await screenshot(engineer, 'xss-engineer-session');
    await engineer.getByRole('button', { name: 'End session' }).click();
    await customer.getByTestId('end-reason').waitFor();

    const admin = await open();
    await signInStaff(admin, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
    await admin.getByTestId('ticket-row').getByRole('link').click();
    const timeline = admin.getByTestId('timeline');
    await timeline.waitFor();
    for (const text of [NAME, PROBLEM, CHAT, ENGINEER]) expect(await timeline.textContent()).toContain(text);
    await admin.goto(`${e2e.server.url}/admin#/users`);
    await admin.getByTestId('user-row').filter({ hasText: 'Eve' }).waitFor();
    expect(await admin.getByTestId('user-row').filter({ hasText: 'Eve' }).textContent()).toContain(ENGINEER);
    await screenshot(admin, 'xss-admin-timeline');

    for (const page of pages) await notExecuted(page);
    expect(dialogs).toEqual([]);
    for (const page of pages) expect(await page.locator('iframe, svg[onload], img[onerror]').count()).toBe(0);
  });
});
