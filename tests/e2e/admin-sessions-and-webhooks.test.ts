import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { httpClient } from '../support/http-client';
import { signInStaff } from '../support/session-flow';
import { ADMIN_EMAIL, login } from '../support/test-server';
import { startWebhookReceiver } from '../support/webhook-receiver';

const DAY = 86_400_000;

describe('admin console: session log, integrations and report periods', () => {
  let e2e: E2eFixture;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const now = Date.now();
  beforeAll(async () => {
    e2e = await startE2e('Grace Hopper');
    receiver = await startWebhookReceiver();
    const grace = (await e2e.server.store.users.findByEmail(e2e.engineerEmail))!;
    const seeds = [
      { customer: 'Lin Chen', subject: 'Printer prints blank pages', rating: 2, ago: 0, note: 'Toner cartridge was empty' },
      { customer: 'Sam Ortiz', subject: 'VPN drops every hour', rating: 5, ago: 1, note: null },
      { customer: 'Ana Souza', subject: 'Laptop fan is loud', rating: null, ago: 40, note: null },
    ];
    for (const seed of seeds) {
      const id = randomUUID();
      const createdAt = now - seed.ago * DAY - 3_600_000;
      await e2e.server.store.sessions.insert({
        id,
        customerName: seed.customer,
        customerEmail: `${seed.customer.split(' ')[0]!.toLowerCase()}@example.com`,
        description: seed.subject,
        status: 'ended',
        engineerId: grace.id,
        createdAt,
        claimedAt: createdAt + 60_000,
        endedAt: createdAt + 20 * 60_000,
        endReason: 'engineer_ended',
        customerTokenHash: randomUUID(),
      });
      if (seed.note)
        await e2e.server.store.sessions.appendEvent({
          id: randomUUID(),
          sessionId: id,
          at: createdAt + 5 * 60_000,
          actor: { role: 'engineer', name: 'Grace Hopper' },
          payload: { type: 'note.added', text: seed.note },
        });
      const ticketId = await e2e.server.store.tickets.openForSession(id, createdAt + 20 * 60_000);
      await e2e.server.store.tickets.update(
        ticketId,
        { tags: seed.subject.startsWith('Printer') ? ['printer', 'toner'] : ['network'], customerOrganisation: 'Acme Bakery' },
        createdAt + 21 * 60_000,
      );
      if (seed.rating)
        await e2e.server.store.sessions.rate(id, seed.rating, seed.rating < 3 ? 'Took too long' : 'Great', createdAt + 21 * 60_000);
    }
  }, 60_000);
  afterAll(async () => {
    await e2e?.close();
    await receiver?.close();
  });

  it('filters the session log by rating into the URL and opens a session with its timeline', { timeout: 60_000 }, async () => {
    const admin = await e2e.newPage(1300, 800);
    await signInStaff(admin, `${e2e.server.url}/admin#/sessions`, ADMIN_EMAIL, e2e.server.adminPassword);
    await expect.poll(() => admin.getByTestId('session-row').count()).toBe(3);
    await screenshot(admin, 'admin-sessions-list');
    await admin.getByLabel('Rating').selectOption('2');
    await expect.poll(() => admin.getByTestId('session-row').count()).toBe(1);
    expect(admin.url()).toContain('rating=2');
    await admin.getByLabel('Search chat, notes, subject').fill('toner');
    await expect.poll(() => admin.url()).toContain('q=toner');
    await expect.poll(() => admin.getByTestId('session-row').count()).toBe(1);

    await admin.getByTestId('session-row').getByRole('link').first().click();
    await admin.getByText('Toner cartridge was empty').waitFor();
    expect(await admin.getByTestId('session-rating').textContent()).toContain('Took too long');
    expect(await admin.getByText('lin@example.com').count()).toBeGreaterThan(0);
    await screenshot(admin, 'admin-session-detail');

    // Tags on the tickets list link to the tickets that share them.
    await admin.goto(`${e2e.server.url}/admin#/tickets`);
    await admin.getByRole('link', { name: 'toner' }).click();
    await expect.poll(() => admin.url()).toContain('tag=toner');
    await expect.poll(() => admin.getByTestId('ticket-row').count()).toBe(1);
    await screenshot(admin, 'admin-tickets-tagged');

    // An admin corrects the ticket: the customer's organisation and one more tag.
    await admin.getByTestId('ticket-row').getByRole('link', { name: 'Printer prints blank pages' }).click();
    const ticketId = Number(/#\/tickets\/(\d+)/.exec(admin.url())![1]);
    await admin.getByText('Edit ticket').click();
    await admin.getByLabel('Tags (separated by commas)').fill('printer, toner, hp');
    await admin.getByLabel('Customer organisation').fill('Acme Bakery Ltd');
    // Meanwhile the engineer raises its priority: the admin's save must not put the old one back.
    const grace = httpClient(e2e.server.url);
    const graceCookie = await login(e2e.server.url, e2e.engineerEmail, ENGINEER_PASSWORD);
    expect((await grace(`/api/tickets/${ticketId}`, { method: 'PATCH', body: { priority: 'urgent' }, cookie: graceCookie })).status).toBe(
      200,
    );
    await admin.getByRole('button', { name: 'Save ticket' }).click();
    await admin.getByText(/Ticket #\d+ saved\./).waitFor();
    await admin.getByRole('link', { name: 'hp', exact: true }).waitFor();
    expect(await admin.getByTestId('ticket-fields').textContent()).toContain('Acme Bakery Ltd');
    const saved = (await grace(`/api/tickets/${ticketId}`, { cookie: graceCookie })).json.ticket;
    expect({ ...saved, tags: [...saved.tags].sort() }).toMatchObject({
      priority: 'urgent',
      customerOrganisation: 'Acme Bakery Ltd',
      tags: ['hp', 'printer', 'toner'],
    });
    await screenshot(admin, 'admin-ticket-edited');
  });

  it('lays the session log out right to left in Arabic', { timeout: 60_000 }, async () => {
    const admin = await e2e.newPage(1300, 700);
    await signInStaff(admin, `${e2e.server.url}/admin#/sessions`, ADMIN_EMAIL, e2e.server.adminPassword);
    await admin.getByLabel('Language').selectOption('ar');
    await admin.getByRole('heading', { name: 'الجلسات' }).waitFor();
    expect(await admin.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => admin.getByTestId('session-row').count()).toBe(3);
    // The first column (when the session started) sits at the right edge.
    const started = await admin.getByRole('columnheader', { name: 'البداية' }).boundingBox();
    expect(started!.x).toBeGreaterThan(900);
    await screenshot(admin, 'admin-sessions-ar');

    // A tag the server refuses is explained in Arabic: which field, what is wrong, how to write it.
    await admin.goto(`${e2e.server.url}/admin#/tickets`);
    await admin.getByTestId('ticket-row').getByRole('link', { name: 'VPN drops every hour' }).click();
    await admin.getByText('تعديل التذكرة').click();
    await admin.getByLabel('الوسوم (مفصولة بفواصل)').fill('c++');
    await admin.getByRole('button', { name: 'حفظ التذكرة' }).click();
    await admin.getByRole('status').getByText('الوسوم: الصيغة غير صحيحة. استخدم الحروف والأرقام و - _ . فقط.', { exact: true }).waitFor();
    // The field is marked for assistive technology and has the focus, so the fix starts there.
    const tagsField = admin.getByLabel('الوسوم (مفصولة بفواصل)');
    expect(await tagsField.getAttribute('aria-invalid')).toBe('true');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('tags');
    await screenshot(admin, 'admin-ticket-tag-refused-ar');

    // Tags typed with the Arabic comma are two tags, not one tag the server would refuse.
    await admin.getByLabel('الوسوم (مفصولة بفواصل)').fill('شبكة، vpn');
    await admin.getByRole('button', { name: 'حفظ التذكرة' }).click();
    await admin.getByRole('link', { name: 'شبكة', exact: true }).waitFor();
    await admin.getByRole('link', { name: 'vpn', exact: true }).waitFor();
    expect(await tagsField.getAttribute('aria-invalid')).toBeNull();
    // The session's timeline lists them as Arabic lists things ("vpn وشبكة"), not with an English comma.
    const listed = new Intl.ListFormat('ar', { style: 'long', type: 'conjunction' }).format(['vpn', 'شبكة']);
    await expect.poll(() => admin.getByTestId('timeline').last().textContent()).toContain(`الوسوم: ${listed}`);
    await screenshot(admin, 'admin-ticket-tags-ar');

    // A rule of the product, said in Arabic: the email already has an account (it was a generic sentence about sessions).
    await admin.goto(`${e2e.server.url}/admin#/users`);
    await admin.getByLabel('الاسم', { exact: true }).fill('Grace Again');
    await admin.getByLabel('البريد الإلكتروني', { exact: true }).fill(e2e.engineerEmail);
    await admin.getByLabel('المؤسسة', { exact: true }).fill('Acme');
    await admin.locator('input[type=password]').fill('long-enough-pw-1');
    await admin.getByRole('button', { name: 'إضافة المستخدم' }).click();
    await admin.getByText('يوجد مستخدم بهذا البريد الإلكتروني بالفعل.', { exact: true }).waitFor();
  });

  it('adds a webhook, shows its secret once, and logs a test delivery to a real receiver', { timeout: 60_000 }, async () => {
    const admin = await e2e.newPage(1300, 900);
    await signInStaff(admin, `${e2e.server.url}/admin#/webhooks`, ADMIN_EMAIL, e2e.server.adminPassword);
    await admin.getByLabel('URL').fill(receiver.url);
    await admin.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await admin.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await admin.getByTestId('webhook-row').waitFor();
    await admin.getByRole('button', { name: 'Send test' }).click();
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    await admin.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => admin.getByTestId('delivery-row').first().textContent()).toContain('Delivered');
    await screenshot(admin, 'admin-webhooks');
  });

  it('shows who changed what, newest first, and one kind of change at a time', { timeout: 60_000 }, async () => {
    const admin = await e2e.newPage(1300, 900);
    await signInStaff(admin, `${e2e.server.url}/admin#/users`, ADMIN_EMAIL, e2e.server.adminPassword);
    await admin.getByLabel('Role of Grace Hopper').selectOption('admin');
    await expect.poll(async () => (await e2e.server.store.users.findByEmail(e2e.engineerEmail))!.role).toBe('admin');
    await admin.getByRole('link', { name: 'Activity' }).click();
    const rows = admin.getByTestId('audit-row');
    await rows.first().waitFor();
    const adminName = (await e2e.server.store.users.findByEmail(ADMIN_EMAIL))!.name;
    const text = async (i: number) => (await rows.nth(i).textContent())!.replace(/[\u2066-\u2069]/g, '');
    // The change just made, newest first; before it this page's sign-in, and the webhook test of the test above.
    expect(await text(0)).toContain(`${adminName}changed Grace Hopper (${e2e.engineerEmail}): role Admin`);
    expect(await text(1)).toContain(`${adminName}signed in from 127.0.0.1`);
    const actions = await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-action')));
    expect(actions.filter((a) => a !== 'account.signed_in')).toEqual(['user.updated', 'webhook.pinged', 'webhook.created']);
    // The refused change in Arabic (an email already taken) left no line.
    expect(actions).not.toContain('user.created');
    await screenshot(admin, 'admin-activity');
    await admin.getByLabel('Kind of change').selectOption({ label: 'Webhook added' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-action')).toBe('webhook.created');
    // The filter's whole trail, to keep: the CSV link carries it.
    const exportHref = await admin.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    const csv = await admin.evaluate(async (href) => (await fetch(href!)).text(), exportHref);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,webhook.created,webhook,`);
    expect(lines[1]).toContain(receiver.url);
  });

  it('shows reports for the period in the URL', { timeout: 60_000 }, async () => {
    const admin = await e2e.newPage(1300, 900);
    const from = now - 7 * DAY;
    await signInStaff(admin, `${e2e.server.url}/admin#/reports?from=${from}`, ADMIN_EMAIL, e2e.server.adminPassword);
    await admin.getByTestId('kpis').waitFor();
    // Two of the three sessions fall in the last week.
    await expect.poll(() => admin.getByTestId('kpis').textContent()).toContain('Sessions2');
    await admin.goto(`${e2e.server.url}/admin#/reports?from=${now - 60 * DAY}`);
    await expect.poll(() => admin.getByTestId('kpis').textContent()).toContain('Sessions3');
    await screenshot(admin, 'admin-reports-period');
  });
});
