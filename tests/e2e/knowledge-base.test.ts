import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { httpClient } from '../support/http-client';
import { signInStaff, startSharedSession } from '../support/session-flow';
import { ADMIN_EMAIL, login } from '../support/test-server';

const HOSTILE = [
  '1. Turn the printer off and on.',
  '2. Remove the printer and add it again.',
  '',
  '<script>window.__xss = "script"</script>',
  '',
  '<img src=x onerror="window.__xss = \'img\'">',
  '',
  "[Open the help page](javascript:window.__xss='link')",
].join('\n');

const notExecuted = async (page: Page) =>
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();

describe('the knowledge base', () => {
  const fixture = withE2e('Grace Hopper', { knowledgeRefreshMs: 0 });

  it(
    'an admin writes an article with a live preview, publishes it and compares versions; hostile Markdown stays text',
    { timeout: 60_000 },
    async () => {
      const { e2e } = fixture;
      const admin = await e2e.newPage(1400, 1000);
      await signInStaff(admin, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
      await admin.getByRole('link', { name: 'Knowledge' }).click();
      await admin.getByRole('link', { name: 'New article' }).click();
      await admin.getByLabel('Title').fill('Printer shows offline');
      await admin.getByLabel('Category').fill('Printing');
      await admin.getByLabel('Tags, separated by commas').fill('printer, offline');
      await admin.getByLabel('Text (Markdown)').fill(HOSTILE);
      const preview = admin.getByRole('region', { name: 'Preview' });
      await preview.getByRole('listitem').filter({ hasText: 'Turn the printer off and on.' }).waitFor();
      await admin.getByRole('button', { name: 'Save' }).click();

      await admin.getByRole('heading', { name: 'Printer shows offline' }).waitFor();
      await expect.poll(() => admin.getByTestId('article-status').textContent()).toBe('Draft');
      // Raw HTML is dropped, the javascript: link goes nowhere, nothing ran.
      expect(await admin.locator('.article-body script, .article-body img').count()).toBe(0);
      const link = admin.locator('.article-body a', { hasText: 'Open the help page' });
      expect((await link.getAttribute('href')) ?? '').not.toContain('javascript');
      await notExecuted(admin);

      await admin.getByRole('button', { name: 'Publish' }).click();
      await expect.poll(() => admin.getByTestId('article-status').textContent()).toBe('Published');
      await admin.getByLabel('Text (Markdown)').fill(HOSTILE.replace('Turn the printer off and on.', 'Restart the print spooler.'));
      await admin.getByRole('button', { name: 'Save' }).click();
      await admin.getByText('Saved as version 3.').waitFor();
      await admin.getByRole('button', { name: 'Compare with the current version' }).last().click();
      const diff = admin.getByTestId('version-diff');
      await diff.locator('ins', { hasText: 'Restart' }).waitFor();
      await diff.locator('del', { hasText: 'Turn' }).waitFor();
      await screenshot(admin, 'knowledge-article');

      await admin.getByRole('link', { name: 'All articles' }).click();
      await admin.getByLabel('Search articles').fill('printr offline');
      await admin.getByTestId('article-row').filter({ hasText: 'Printer shows offline' }).waitFor();
      await screenshot(admin, 'knowledge-list');
    },
  );

  it(
    'two people edit one article: the later save is told, keeps its text, and can load the newer version',
    { timeout: 60_000 },
    async () => {
      const { e2e } = fixture;
      const api = httpClient(e2e.server.url);
      const adminCookie = await login(e2e.server.url, ADMIN_EMAIL, e2e.server.adminPassword);
      const body = { title: 'VPN drops hourly', body: 'Renew the lease.', tags: ['vpn'], category: 'Network', language: 'en' };
      const { id } = (await api('/api/knowledge/articles', { cookie: adminCookie, body })).json.article;
      const admin = await e2e.newPage(1300, 900);
      const grace = await e2e.newPage(1300, 900);
      await signInStaff(admin, `${e2e.server.url}/admin#/knowledge/${id}`, ADMIN_EMAIL, e2e.server.adminPassword);
      await signInStaff(grace, `${e2e.server.url}/admin#/knowledge/${id}`, e2e.engineerEmail, ENGINEER_PASSWORD);
      // Both editors hold version 1 before either saves (a page still loading would read version 2).
      for (const page of [admin, grace]) await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('VPN drops hourly');
      await admin.getByLabel('Title').fill('VPN drops every hour');
      await admin.getByRole('button', { name: 'Save' }).click();
      await admin.getByText('Saved as version 2.').waitFor();

      // Grace still has version 1 open: her save is refused, with her text left as she typed it.
      await grace.getByLabel('Text (Markdown)').fill('Renew the DHCP lease, then reconnect.');
      await grace.getByRole('button', { name: 'Save' }).click();
      await grace
        .getByTestId('article-conflict')
        .getByText('Someone saved a newer version while you were editing.', { exact: false })
        .waitFor();
      expect(await grace.getByLabel('Text (Markdown)').inputValue()).toBe('Renew the DHCP lease, then reconnect.');
      await screenshot(grace, 'knowledge-article-conflict');
      await grace.getByRole('button', { name: 'Load the newer version' }).click();
      await expect.poll(() => grace.getByLabel('Title').inputValue()).toBe('VPN drops every hour');
      expect(await grace.getByTestId('article-conflict').count()).toBe(0);
      const saved = (await api(`/api/knowledge/articles/${id}`, { cookie: adminCookie })).json.article;
      expect(saved).toMatchObject({ version: 2, title: 'VPN drops every hour', body: 'Renew the lease.' });
    },
  );

  it(
    'a customer finds the published article while typing the problem; "This solved my problem" files nothing',
    { timeout: 60_000 },
    async () => {
      const { e2e } = fixture;
      const customer = await e2e.newPage(1200, 1000);
      await customer.goto(`${e2e.server.url}/join`);
      await customer.getByLabel('What do you need help with?').fill('my printer is offline');
      const selfHelp = customer.getByTestId('self-help');
      await selfHelp.getByRole('button', { name: 'Printer shows offline' }).click();
      const article = customer.getByTestId('help-article');
      await article.getByText('Restart the print spooler.').waitFor();
      await notExecuted(customer);
      await screenshot(customer, 'knowledge-self-help');
      await article.getByRole('button', { name: 'This solved my problem' }).click();
      await customer.getByRole('heading', { name: 'Glad that helped' }).waitFor();

      const api = httpClient(e2e.server.url);
      const cookie = await login(e2e.server.url, ADMIN_EMAIL, e2e.server.adminPassword);
      const report = (await api(`/api/knowledge/report?from=0&to=${Date.now() + 1000}`, { cookie })).json.report;
      expect(report.deflections).toBe(1);
      expect((await api('/api/sessions', { cookie })).json.total).toBe(0);
    },
  );

  it(
    'the engineer gets it as a suggestion in the session, sends it to the customer and marks it as the solution',
    { timeout: 90_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1400, 1000);
      const customer = await e2e.newPage(1200, 900);
      await startSharedSession({
        engineer,
        customer,
        serverUrl: e2e.server.url,
        engineerEmail: e2e.engineerEmail,
        engineerPassword: ENGINEER_PASSWORD,
        engineerName: e2e.engineerName,
        customerName: 'Lin',
        problem: 'The printer is offline again',
      });
      const suggestions = engineer.getByTestId('suggested-articles');
      const suggestion = suggestions.getByTestId('suggestion').filter({ hasText: 'Printer shows offline' });
      await suggestion.getByRole('button', { name: 'Send to the customer' }).click();
      await customer.getByText('Restart the print spooler.').waitFor({ timeout: 15_000 });
      await suggestion.getByRole('button', { name: 'This solved it' }).click();
      await suggestion.getByRole('button', { name: 'Marked as the solution' }).waitFor();
      await screenshot(engineer, 'knowledge-suggestions');
      // When the customer's words miss, the engineer searches in their own.
      await suggestions.getByLabel('Search articles').fill('zzzz qqqq');
      await suggestions.getByText('No published article matches this problem yet.').waitFor();
      await suggestions.getByLabel('Search articles').fill('print spooler');
      await suggestion.waitFor();

      const api = httpClient(e2e.server.url);
      const cookie = await login(e2e.server.url, ADMIN_EMAIL, e2e.server.adminPassword);
      const [session] = (await api('/api/sessions', { cookie })).json.sessions;
      const timeline = await e2e.server.store.sessions.timeline(session.id);
      expect(timeline.filter((e) => e.payload.type.startsWith('article.')).map((e) => `${e.payload.type} ${e.actor.name}`)).toEqual([
        'article.sent Grace Hopper',
        'article.solved Grace Hopper',
      ]);
    },
  );
});
