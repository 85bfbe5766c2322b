import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { screenshot, videoFrameVariety, type TestBrowser } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { allowAndShare, askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';
import { ADMIN_EMAIL, FULL_SESSION_TIMELINE, type TestServer } from '../support/test-server';

/**
 * The whole product in real Chromium: a customer shares a screen with an engineer over real
 * WebRTC, they chat both ways, the engineer ends it, and the admin console shows the ticket.
 */
describe('help session in the browser', () => {
  let e2e: E2eFixture;
  let server: TestServer;
  let browser: TestBrowser;
  let customer: Page;
  let engineer: Page;

  beforeAll(async () => {
    e2e = await startE2e('Grace Hopper');
    ({ server, browser } = e2e);
    customer = await e2e.newPage(1200, 850);
    engineer = await e2e.newPage(1400, 900);
  }, 60_000);
  afterAll(async () => e2e?.close());

  it('shares a screen, chats both ways, ends, and files a ticket with its timeline', { timeout: 120_000 }, async () => {
    await signInStaff(engineer, `${server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    await engineer.getByText('Nobody is waiting').waitFor();
    await screenshot(engineer, 'engineer-queue-empty');

    await customer.goto(`${server.url}/join`);
    await customer.getByLabel('Your name').waitFor();
    await screenshot(customer, 'customer-get-help');
    const code = await askForHelp(customer, server.url, 'Lin Customer', 'My printer prints blank pages');
    expect(code).toMatch(/^\d{3} \d{3} \d{3}$/);
    await screenshot(customer, 'customer-waiting');

    await engineer.getByTestId('queue-row').waitFor();
    expect(await engineer.getByTestId('queue-row').textContent()).toContain('My printer prints blank pages');
    await screenshot(engineer, 'engineer-queue');
    await takeFromQueue(engineer, 'My printer prints blank pages');

    await customer.getByTestId('engineer-name').waitFor();
    expect(await customer.getByTestId('engineer-name').textContent()).toBe('Grace Hopper');
    expect(await customer.getByRole('note').textContent()).toContain('Only continue if you asked Acme Support for help');
    await screenshot(customer, 'customer-consent');
    await allowAndShare(customer, 'Grace Hopper', { systemInformation: true });

    const stats = engineer.getByTestId('connection-stats');
    await expect.poll(async () => Number(await stats.getAttribute('data-frames-decoded')), { timeout: 30_000 }).toBeGreaterThan(0);
    await engineer.getByText(/Viewing Lin Customer's screen/).waitFor();
    const frame = await videoFrameVariety(engineer, '[data-testid="remote-video"]');
    console.log(`[e2e] (${browser.mode}) decoded ${frame.width}px wide, ${frame.colours} colours, brightness spread ${frame.spread}`);
    expect(frame.width).toBeGreaterThan(0);
    expect(frame.colours).toBeGreaterThan(8);
    expect(frame.spread).toBeGreaterThan(40);
    await expect.poll(async () => stats.textContent(), { timeout: 10_000 }).toMatch(/\d+×\d+/);

    await customer.getByPlaceholder('Type a message').fill('Hello, can you see the printer dialog?');
    await customer.getByRole('button', { name: 'Send', exact: true }).click();
    await engineer.getByText('Hello, can you see the printer dialog?').waitFor();
    await engineer.getByPlaceholder('Type a message').fill('Yes — open Settings, then Printers.');
    await engineer.getByRole('button', { name: 'Send', exact: true }).click();
    await customer.getByText('Yes — open Settings, then Printers.').waitFor();
    await screenshot(customer, 'customer-sharing');
    await screenshot(engineer, 'engineer-session');

    await engineer.getByRole('button', { name: 'End session' }).click();
    await customer.getByTestId('end-reason').getByText('Grace Hopper ended the session.').waitFor();
    await engineer.getByText('You ended the session.').waitFor();
    await customer.getByRole('radio', { name: '5 of 5' }).click();
    await customer.getByLabel('Anything to add? (optional)').fill('Fixed in two minutes, thank you!');
    await screenshot(customer, 'customer-ended');
    await customer.getByRole('button', { name: 'Send rating' }).click();
    await customer.getByText('Thank you for your rating.').waitFor();

    // The engineer wraps up: a note, the category and how it was solved.
    await engineer.getByRole('heading', { name: /Wrap up · ticket #\d+/ }).waitFor();
    await engineer.getByLabel('Note for the ticket').fill('Driver was two years old.');
    // A double click saves the note once (the timeline below holds exactly one).
    await engineer.getByRole('button', { name: 'Add note' }).dblclick();
    await engineer.getByTestId('notes').getByText('Driver was two years old.').waitFor();
    await engineer.getByLabel('Category').fill('Printing');
    await engineer.getByLabel('Resolution summary').fill('Reinstalled the printer driver.');
    await engineer.getByRole('button', { name: 'Save ticket' }).click();
    await engineer.getByText(/Ticket #\d+ saved\./).waitFor();
    await screenshot(engineer, 'engineer-wrap-up');

    const admin = await e2e.newPage(1300, 900);
    await signInStaff(admin, `${server.url}/admin`, ADMIN_EMAIL, server.adminPassword);
    const ticketRow = admin.getByTestId('ticket-row');
    await ticketRow.waitFor();
    expect(await ticketRow.textContent()).toContain('My printer prints blank pages');
    await screenshot(admin, 'admin-tickets');
    await ticketRow.getByRole('link').click();
    const timeline = admin.getByTestId('timeline');
    await timeline.waitFor();
    const types = await timeline.locator('li').evaluateAll((items) => items.map((i) => i.getAttribute('data-type')));
    // The browser's own system picture is filed when the peers connect; the rest is in order.
    expect(types.filter((type) => type !== 'diagnostics.snapshot')).toEqual([
      ...FULL_SESSION_TIMELINE,
      'rating.given',
      'note.added',
      'ticket.updated',
    ]);
    expect(await admin.getByTestId('ticket-fields').textContent()).toContain('Reinstalled the printer driver.');
    expect(await timeline.textContent()).toContain('added a note: Driver was two years old.');
    expect(types.filter((type) => type === 'diagnostics.snapshot')).toHaveLength(1);
    expect(await timeline.textContent()).toContain('Hello, can you see the printer dialog?');
    expect(await timeline.textContent()).toContain('rated the session 5 of 5 Fixed in two minutes, thank you!');
    expect(await admin.getByTestId('session-rating').textContent()).toBe('★★★★★ Fixed in two minutes, thank you!');
    await screenshot(admin, 'admin-ticket-detail');

    await admin.getByRole('link', { name: 'Users' }).click();
    await admin.getByLabel('Name').fill('Katherine Johnson');
    await admin.getByLabel('Email').fill('katherine@test.local');
    await admin.getByLabel('Organisation').fill('Acme Support');
    await admin.getByLabel('Initial password (10+ characters)').fill('a-long-password');
    await admin.getByRole('button', { name: 'Add user' }).click();
    await admin.getByTestId('user-row').filter({ hasText: 'katherine@test.local' }).waitFor();
    expect(await admin.getByTestId('user-row').count()).toBe(3);
    await screenshot(admin, 'admin-users');
  });
});
