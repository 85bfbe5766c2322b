import type { Page } from 'playwright';
import type { E2eFixture } from './e2e-fixture';
import { ENGINEER_PASSWORD } from './e2e-fixture';
import { ADMIN_EMAIL, createEngineer } from './test-server';

/** One screen reached on the walk: which role's page, its name, and the page showing it now. */
export type VisitScreen = (name: string, page: Page) => Promise<void>;

async function signInAnyLanguage(page: Page, email: string, password: string): Promise<void> {
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** Pages whose app reads this language at start (as a user's earlier choice would be remembered). */
async function pageIn(e2e: E2eFixture, language: string, width: number, height: number): Promise<Page> {
  const context = await e2e.browser.browser.newContext({ viewport: { width, height } });
  await context.addInitScript((lang) => localStorage.setItem('firstline.language', lang), language);
  return context.newPage();
}

/**
 * Every screen of the three roles, in one language, in the order a first-time user meets them:
 * the customer asks, waits, consents, shares, and rates; the engineer signs in, takes the request,
 * works on the screen and the system information, and wraps up; the admin goes through every tab.
 * `visit` is called on each screen once it is showing.
 */
export async function walkEveryScreen(e2e: E2eFixture, language: string, visit: VisitScreen, label: string): Promise<void> {
  const customer = await pageIn(e2e, language, 1280, 860);
  const engineer = await pageIn(e2e, language, 1366, 900);
  const admin = await pageIn(e2e, language, 1366, 900);
  const colleague = await pageIn(e2e, language, 1366, 900);
  const colleagueAccount = await createEngineer(e2e.server, `Bea ${label}`);
  try {
    await customer.goto(`${e2e.server.url}/join`);
    await customer.locator('form').first().waitFor();
    await visit('customer: get help', customer);

    await engineer.goto(`${e2e.server.url}/engineer`);
    await engineer.locator('input[type="email"]').waitFor();
    await visit('engineer: sign in', engineer);

    // From here on the walk drives the pages by test id and role, whatever the language.
    // A long unbroken name, as a pasted email address or a name without spaces would be.
    await customer
      .locator('input')
      .first()
      .fill(`Customer-${label}-${'Wolfeschlegelsteinhausen'.repeat(3)}`);
    await customer.locator('textarea').first().fill(`Problem ${label}: printer offline`);
    await customer.locator('form button[type="submit"]').click();
    await customer.getByTestId('session-code').waitFor();
    await visit('customer: waiting', customer);

    await signInAnyLanguage(engineer, e2e.engineerEmail, ENGINEER_PASSWORD);
    await colleague.goto(`${e2e.server.url}/engineer`);
    await signInAnyLanguage(colleague, colleagueAccount.email, ENGINEER_PASSWORD);
    await colleague.locator('#queue-heading').waitFor();
    const row = engineer.getByTestId('queue-row').filter({ hasText: `Problem ${label}` });
    await row.waitFor();
    await visit('engineer: queue', engineer);
    // The Take button stays on screen, inside the queue, however long the name.
    const take = (await row.getByRole('button').first().boundingBox())!;
    const queue = (await engineer.locator('.queue-layout > *').first().boundingBox())!;
    if (take.x + take.width > queue.x + queue.width || take.x < queue.x)
      throw new Error(`the Take button is outside the queue (${label}): ${JSON.stringify({ take, queue })}`);

    await row.getByRole('button').first().click();
    await customer.getByTestId('engineer-name').waitFor();
    await visit('customer: consent', customer);

    // The customer shares system information too (it is opt-in), so its screens are walked as well.
    await customer.locator('.diagnostics-choices input[type="checkbox"]').first().check();
    await customer.locator('.actions button.primary').click();
    await customer.getByTestId('share-screen').waitFor();
    await visit('customer: connected', customer);
    await customer.getByTestId('share-screen').click();
    await customer.getByTestId('sharing-bar').waitFor();
    await engineer.getByTestId('remote-video').waitFor();
    await visit('customer: sharing', customer);
    await visit('engineer: screen', engineer);
    // A screenshot kept: the engineer's list and the customer's notice are walked too.
    await engineer.waitForFunction(() => (document.querySelector('[data-testid="remote-video"]') as HTMLVideoElement).videoWidth > 0);
    await engineer.locator('.screenshots-card button').click();
    await engineer.getByTestId('screenshots').locator('img').waitFor();
    await customer.getByTestId('screenshot-notice').waitFor();
    await visit('engineer: screenshot kept', engineer);
    // The customer opens it: what was kept of their screen is theirs to see.
    await customer.getByTestId('kept-screenshots').locator('button[aria-expanded]').first().click();
    await customer.getByTestId('kept-screenshots').locator('img').waitFor();
    await visit('customer: told of a screenshot', customer);
    // The customer deletes it: their card says so, and the engineer's.
    await customer.getByTestId('kept-screenshots').locator('button.danger-outline').click();
    await customer.getByTestId('screenshot-deleted').waitFor();
    await engineer.getByTestId('screenshot-deleted-notice').waitFor();
    await visit('customer: deleted a screenshot', customer);
    await visit('engineer: the customer deleted a screenshot', engineer);
    await engineer.getByRole('tab').nth(1).click();
    await visit('engineer: system information', engineer);

    await engineer.getByRole('tab').nth(0).click();
    await walkColleagueScreens({ engineer, customer, colleague }, visit);

    await customer.locator('.chat-form input').fill(`Thanks (${label})`);
    await customer.locator('.chat-form button[type="submit"]').click();
    await engineer.getByTestId('chat-line').first().waitFor();
    await visit('engineer: chat', engineer);
    await engineer.getByTestId('end-session').click();
    await customer.getByTestId('rating-form').waitFor();
    await visit('customer: ended and rating', customer);
    await engineer.getByTestId('wrap-up').waitFor();
    await visit('engineer: wrap-up', engineer);

    await admin.goto(`${e2e.server.url}/admin`);
    await signInAnyLanguage(admin, ADMIN_EMAIL, e2e.server.adminPassword);
    await admin.getByTestId('ticket-row').first().waitFor();
    await visit('admin: tickets', admin);
    await admin.getByTestId('ticket-row').first().locator('a').first().click();
    await admin.getByTestId('ticket-fields').waitFor();
    await visit('admin: ticket', admin);
    // The customer's name is isolated from the date beside it (in Arabic they would otherwise interleave).
    if ((await admin.locator('[data-testid="ticket-fields"]').locator('xpath=preceding-sibling::p//bdi').count()) < 2)
      throw new Error(`the ticket line does not isolate the customer's name and the date (${label})`);
    for (const tab of ['reports', 'webhooks', 'users', 'activity', 'account', 'sessions']) {
      await admin.goto(`${e2e.server.url}/admin#/${tab}`);
      await admin.locator('main h1').first().waitFor();
      await admin.waitForLoadState('networkidle');
      if (tab === 'activity') await admin.getByTestId('audit-row').first().waitFor();
      await visit(`admin: ${tab}`, admin);
      // A change for the activity page to show: the screenshot rule saved as it is.
      if (tab === 'users') {
        await admin.getByTestId('retention-form').locator('button[type="submit"]').click();
        await admin.getByTestId('retention-form').getByRole('status').waitFor();
      }
    }
    await admin.getByTestId('session-row').first().locator('a').first().click();
    await admin.getByTestId('timeline').waitFor();
    await visit('admin: session', admin);
    await walkKnowledgeScreens(e2e, admin, language, visit);
  } finally {
    for (const page of [customer, engineer, admin, colleague]) await page.context().close();
  }
}

/** A colleague invited to watch: the invitation, the customer's question, watching, and the customer's list. */
async function walkColleagueScreens(pages: { engineer: Page; customer: Page; colleague: Page }, visit: VisitScreen): Promise<void> {
  const { engineer, customer, colleague } = pages;
  const card = engineer.getByTestId('colleagues');
  await card.locator('select option').nth(1).waitFor({ state: 'attached' });
  await card.locator('select').selectOption({ index: 1 });
  await card.locator('.colleague-picker button').first().click();
  await card.getByTestId('invitation-status').waitFor();
  await visit('engineer: colleague invited', engineer);
  await colleague.getByTestId('invitations').waitFor();
  await visit('engineer: invitation', colleague);
  await colleague.locator('.invitation button.primary').click();
  await customer.locator('.control-prompt[role="alertdialog"]').waitFor();
  await visit('customer: a colleague asks to watch', customer);
  await customer.locator('.control-prompt button.primary').click();
  await colleague.getByTestId('watch-status').waitFor();
  await customer.getByTestId('watchers').waitFor();
  await visit('engineer: watching', colleague);
  await visit('customer: watched', customer);
  await customer.getByTestId('watchers').locator('button').click();
  await colleague.getByTestId('colleague-notice').waitFor();
}

/** The knowledge base: a ticket written up as an article and published, the list, and a customer finding it before asking. */
async function walkKnowledgeScreens(e2e: E2eFixture, admin: Page, language: string, visit: VisitScreen): Promise<void> {
  await admin.goto(`${e2e.server.url}/admin#/tickets`);
  await admin.getByTestId('ticket-row').first().locator('a').first().click();
  await admin.getByTestId('ticket-fields').waitFor();
  await admin.locator('main .card .actions button').last().click();
  await admin.getByTestId('article-status').waitFor();
  await admin.locator('main .actions button.primary').first().click();
  await admin.getByTestId('version-diff').or(admin.locator('.versions li').nth(1)).first().waitFor();
  await visit('admin: article', admin);
  await admin.goto(`${e2e.server.url}/admin#/knowledge`);
  await admin.getByTestId('article-row').first().waitFor();
  await visit('admin: knowledge', admin);

  const customer = await pageIn(e2e, language, 1280, 860);
  try {
    await customer.goto(`${e2e.server.url}/join`);
    await customer.locator('textarea').first().fill('printer offline');
    await customer.getByTestId('self-help').locator('button').first().click();
    await customer.getByTestId('help-article').waitFor();
    await visit('customer: self-help article', customer);
  } finally {
    await customer.context().close();
  }
}
