import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { allowAndShare, askForHelp, signInStaff, startSharedSession, takeFromQueue } from '../support/session-flow';

describe('consent and disconnects, as people see them', () => {
  let e2e: E2eFixture;
  beforeAll(async () => {
    e2e = await startE2e('Grace Hopper');
  }, 60_000);
  afterAll(async () => e2e?.close());

  const shareWithGrace = (engineer: Page, customer: Page, customerName: string, problem: string) =>
    startSharedSession({
      engineer,
      customer,
      serverUrl: e2e.server.url,
      engineerEmail: e2e.engineerEmail,
      engineerPassword: ENGINEER_PASSWORD,
      engineerName: 'Grace Hopper',
      customerName,
      problem,
    });

  it('declining ends the session for both, in plain words, with nothing shared', { timeout: 60_000 }, async () => {
    const engineer = await e2e.newPage();
    const customer = await e2e.newPage();
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    await askForHelp(customer, e2e.server.url, 'Sam', 'Unexpected call about my computer');
    await takeFromQueue(engineer, 'Unexpected call about my computer');
    await customer.getByRole('button', { name: 'Decline' }).click();
    expect(await customer.getByTestId('end-reason').textContent()).toBe('You declined. Nothing was shared.');
    await engineer.getByText('Sam declined the session.').waitFor();
    await screenshot(customer, 'customer-declined');
    await engineer.getByRole('button', { name: 'Back to the queue' }).click();
    await engineer.getByText('Nobody is waiting').waitFor();
  });

  it('after Back to the queue, the next customer’s session starts with an empty chat', { timeout: 60_000 }, async () => {
    const engineer = await e2e.newPage();
    const first = await e2e.newPage();
    await shareWithGrace(engineer, first, 'Ivo', 'Printer jams');
    await engineer.getByLabel('Type a message').fill('Please open the tray');
    await engineer.getByRole('button', { name: 'Send', exact: true }).click();
    await first.getByText('Please open the tray').waitFor();
    await engineer.getByRole('button', { name: 'End session' }).click();
    await engineer.getByRole('button', { name: 'Back to the queue' }).click();
    const second = await e2e.newPage();
    await askForHelp(second, e2e.server.url, 'Mei', 'Scanner offline');
    await takeFromQueue(engineer, 'Scanner offline');
    await allowAndShare(second, 'Grace Hopper');
    await engineer.getByText("Viewing Mei's screen.").waitFor({ timeout: 20_000 });
    expect(await engineer.getByText('Please open the tray').count()).toBe(0);
    await engineer.getByText('No messages yet.').waitFor();
  });

  it('a customer who closes the app mid-share is shown as away, then gone', { timeout: 60_000 }, async () => {
    const engineer = await e2e.newPage();
    const customer = await e2e.newPage();
    await shareWithGrace(engineer, customer, 'Ana', 'Laptop is slow');
    await engineer.getByText("Viewing Ana's screen.").waitFor({ timeout: 20_000 });
    await customer.close();
    await engineer.getByText("Ana's connection dropped. Waiting for them to come back…").waitFor();
    await screenshot(engineer, 'engineer-customer-away');
    await engineer.getByText('Ana disconnected, so the session ended.').waitFor();
    await screenshot(engineer, 'engineer-customer-disconnected');
  });

  it("the engineer's console closing mid-session is reported to the customer", { timeout: 60_000 }, async () => {
    const engineer = await e2e.newPage();
    const customer = await e2e.newPage();
    await shareWithGrace(engineer, customer, 'Kim', 'Mail does not sync');
    await engineer.close();
    expect(await customer.getByTestId('end-reason').textContent()).toBe('Grace Hopper lost their connection, so the session ended.');
    expect(await customer.getByTestId('sharing-bar').count()).toBe(0);
  });
});
