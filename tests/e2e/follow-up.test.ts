import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { httpClient } from '../support/http-client';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';
import { ADMIN_EMAIL, login } from '../support/test-server';

/** The engineer takes the waiting request, the customer allows it, and the engineer ends it. */
async function helpAndEnd(engineer: Page, customer: Page, problem: string): Promise<void> {
  await takeFromQueue(engineer, problem);
  await customer.getByRole('button', { name: 'Allow' }).click();
  await customer.getByText('Connected with Grace Hopper.').waitFor({ timeout: 20_000 });
  await engineer.getByRole('button', { name: 'End session' }).click();
  await customer.getByTestId('end-reason').getByText('Grace Hopper ended the session.').waitFor();
}

/** Whether a "#42" in this element is drawn with its "#" to the left of its digits. */
function signLeftOfDigits(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const text = node.firstChild as Text;
    const x = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().x;
    };
    const sign = text.data.indexOf('#');
    return x(sign) < x(sign + 1);
  });
}

/**
 * Closed-loop follow-up as people meet it: the customer is shown their reference at the end, asks
 * again with it (already filled in), the engineer sees the request follows up that ticket and files
 * the new session with it in one click.
 */
describe('a follow-up request', () => {
  const fixture = withE2e('Grace Hopper');

  it('carries the reference from the customer to the engineer, who files the session with it', { timeout: 120_000 }, async () => {
    const { e2e } = fixture;
    const engineer = await e2e.newPage(1366, 900);
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    const customer = await e2e.newPage(1200, 900);
    await askForHelp(customer, e2e.server.url, 'Mai Tran', 'Printer offline');
    await helpAndEnd(engineer, customer, 'Printer offline');

    // The customer is told the reference the request was filed under.
    const reference = customer.getByTestId('reference');
    await reference.waitFor();
    const ticketId = Number(/#(\d+)/.exec((await reference.textContent()) ?? '')?.[1]);
    expect(ticketId).toBeGreaterThan(0);
    expect(await reference.textContent()).toContain('Quote it if you need help with this again.');
    await screenshot(customer, 'follow-up-customer-reference');
    await customer.getByLabel('Language').selectOption('ar');
    await customer.getByText('رقمك المرجعي:').waitFor();
    // Right to left, the reference still reads "#1", not "1#": the sign sits left of the digits.
    expect(await signLeftOfDigits(customer.getByTestId('reference').locator('strong'))).toBe(true);
    await screenshot(customer, 'follow-up-customer-reference-ar');
    await customer.getByLabel('اللغة').selectOption('en');

    // Asking again starts from the same name and that reference.
    await customer.getByRole('button', { name: 'Ask for help again' }).click();
    expect(await customer.getByLabel('Your name').inputValue()).toBe('Mai Tran');
    const field = customer.getByLabel('Reference of an earlier request (optional)');
    expect(await field.inputValue()).toBe(`#${ticketId}`);
    // Only a reference is taken, in the digits the customer's keyboard types.
    const mismatch = async (text: string) => (
      await field.fill(text),
      field.evaluate((input: HTMLInputElement) => input.validity.patternMismatch)
    );
    expect(await mismatch('printer')).toBe(true);
    expect(await mismatch('#٤٢')).toBe(false);
    expect(await mismatch('＃４２')).toBe(false);
    await field.fill(`#${ticketId}`);
    await customer.getByLabel('What do you need help with?').fill('Printer offline again');
    await screenshot(customer, 'follow-up-customer-form');
    await customer.getByRole('button', { name: 'Get help' }).click();
    await customer.getByTestId('session-code').waitFor();

    // The engineer sees it in the queue and in the session, and files it with the earlier ticket.
    await engineer.getByRole('button', { name: 'Back to the queue' }).click();
    const row = engineer.getByTestId('queue-row').filter({ hasText: 'Printer offline again' });
    await expect
      .poll(() => row.getByTestId('queue-follow-up').textContent())
      .toBe(`Follows up ticket #${ticketId} (the customer's reference)`);
    await screenshot(engineer, 'follow-up-engineer-queue');
    await takeFromQueue(engineer, 'Printer offline again');
    await engineer.getByTestId('session-follow-up').getByText(`#${ticketId}`).waitFor();
    // Grace took the earlier request, so she sees what it was about and where it stands.
    expect(await engineer.getByTestId('earlier-ticket').textContent()).toBe('Printer offline · Open');
    await customer.getByRole('button', { name: 'Allow' }).click();
    await customer.getByText('Connected with Grace Hopper.').waitFor({ timeout: 20_000 });
    await engineer.getByRole('button', { name: 'End session' }).click();
    const file = engineer.getByTestId('file-with-earlier');
    expect(await file.textContent()).toBe(`File under #${ticketId}, the customer's earlier request`);
    await file.click();
    await engineer.getByText(`This session is now part of ticket #${ticketId}.`).waitFor();
    await screenshot(engineer, 'follow-up-engineer-filed');

    const cookie = await login(e2e.server.url, e2e.engineerEmail, ENGINEER_PASSWORD);
    const ticket = (await httpClient(e2e.server.url)(`/api/tickets/${ticketId}`, { cookie })).json.ticket;
    expect(ticket.sessions.map((s: { description: string }) => s.description)).toEqual(['Printer offline', 'Printer offline again']);

    // A reference that names no ticket is shown as the customer gave it, and said to be unknown.
    const stranger = await e2e.newPage(1200, 900);
    await stranger.goto(`${e2e.server.url}/join`);
    await stranger.getByLabel('Your name').fill('Lee');
    await stranger.getByLabel('What do you need help with?').fill('Scanner jams');
    await stranger.getByLabel('Reference of an earlier request (optional)').fill('#999999');
    await stranger.getByRole('button', { name: 'Get help' }).click();
    await engineer.getByRole('button', { name: 'Back to the queue' }).click();
    await takeFromQueue(engineer, 'Scanner jams');
    await engineer.getByText('Follows up ticket #999999').waitFor();
    await engineer.getByText('There is no ticket with this number.').waitFor();

    // The admin reads the ticket's two sessions, the second marked as following it up.
    const admin = await e2e.newPage(1300, 900);
    await signInStaff(admin, `${e2e.server.url}/admin#/tickets/${ticketId}`, ADMIN_EMAIL, e2e.server.adminPassword);
    const followsUp = admin.getByTestId('session-follows-up');
    await followsUp.waitFor();
    expect(await followsUp.textContent()).toBe(`\u2066#${ticketId}\u2069`);
    expect(await admin.getByTestId('ticket-session').count()).toBe(2);
    await followsUp.scrollIntoViewIfNeeded();
    await screenshot(admin, 'follow-up-admin-ticket');
  });
});
