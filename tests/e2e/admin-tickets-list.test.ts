import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { startE2e, type E2eFixture } from '../support/e2e-fixture';
import { signInStaff } from '../support/session-flow';
import { ADMIN_EMAIL } from '../support/test-server';

describe('admin tickets list', () => {
  let e2e: E2eFixture;
  beforeAll(async () => {
    e2e = await startE2e();
    const now = Date.now();
    const subjects = ['Printer jams', 'VPN drops', 'Outlook crashes', 'Printer offline', 'Slow laptop'];
    for (const [i, subject] of subjects.entries()) {
      const id = randomUUID();
      await e2e.server.store.sessions.insert({
        id,
        customerName: i % 2 ? 'Sam Ortiz' : 'Lin Chen',
        description: subject,
        status: 'ended',
        engineerId: null,
        createdAt: now - i * 60_000,
        claimedAt: null,
        endedAt: now,
        endReason: 'expired',
        customerTokenHash: randomUUID(),
      });
      const ticket = await e2e.server.store.tickets.openForSession(id, now - i * 60_000);
      await e2e.server.store.tickets.update(
        ticket,
        {
          priority: i === 1 ? 'urgent' : 'normal',
          status: i === 2 ? 'resolved' : 'open',
          category: subject.startsWith('Printer') ? 'Printing' : 'Other',
        },
        now - i * 60_000,
      );
    }
    // A request the customer declined: filed closed with its outcome, outside the work list.
    const declined = randomUUID();
    await e2e.server.store.sessions.insert({
      id: declined,
      customerName: 'Ana Lima',
      description: 'Declined at consent',
      status: 'ended',
      engineerId: null,
      createdAt: now,
      claimedAt: null,
      endedAt: now,
      endReason: 'consent_declined',
      customerTokenHash: randomUUID(),
    });
    await e2e.server.store.tickets.openForSession(declined, now, 'declined');
  }, 60_000);
  afterAll(async () => e2e?.close());

  it('filters into the URL, shares the view by URL, pages, and exports the filter', { timeout: 60_000 }, async () => {
    const admin = await e2e.newPage(1300, 800);
    await signInStaff(admin, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
    await expect.poll(() => admin.getByTestId('ticket-row').count()).toBe(5);
    await admin.getByLabel('Search subject, customer, notes, chat').fill('printer');
    await expect.poll(() => admin.getByTestId('ticket-row').count()).toBe(2);
    expect(admin.url()).toContain('q=printer');
    await admin.getByLabel('Sort').selectOption('priority:desc');
    await screenshot(admin, 'admin-tickets-filtered');

    const colleague = await e2e.newPage(1300, 800);
    await signInStaff(colleague, `${e2e.server.url}/admin#/tickets?status=resolved`, ADMIN_EMAIL, e2e.server.adminPassword);
    await expect.poll(() => colleague.getByTestId('ticket-row').count()).toBe(1);
    expect(await colleague.getByTestId('ticket-row').textContent()).toContain('Outlook crashes');

    await colleague.goto(`${e2e.server.url}/admin#/tickets?pageSize=2`);
    await expect.poll(() => colleague.getByTestId('pager').textContent()).toBe('1–2 of 5');
    await colleague.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => colleague.getByTestId('pager').textContent()).toBe('3–4 of 5');
    const exportHref = await admin.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(exportHref).toContain('format=csv');
    expect(exportHref).toContain('q=printer');
    const csv = await admin.evaluate(async (href) => (await fetch(href!)).text(), exportHref);
    expect(csv.trim().split('\r\n')).toHaveLength(3);
  });

  it(
    'keeps requests that ended without help out of the list until asked for, closed and outside the SLA',
    { timeout: 60_000 },
    async () => {
      const admin = await e2e.newPage(1300, 800);
      await signInStaff(admin, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
      await expect.poll(() => admin.getByTestId('ticket-row').count()).toBe(5);
      await admin.getByLabel('How it ended').selectOption({ label: 'Declined by the customer' });
      await expect.poll(() => admin.getByTestId('ticket-row').count()).toBe(1);
      expect(admin.url()).toContain('outcome=declined');
      const row = admin.getByTestId('ticket-row');
      expect(await row.textContent()).toContain('Declined at consent');
      await expect.poll(() => row.getByTestId('ticket-outcome').textContent()).toContain('Declined by the customer');
      expect(await row.textContent()).toContain('Outside SLA');
      await admin.getByLabel('How it ended').selectOption({ label: 'All, with requests closed without help' });
      await expect.poll(() => admin.getByTestId('ticket-row').count()).toBe(6);
      await screenshot(admin, 'admin-tickets-outcomes');
    },
  );
});
