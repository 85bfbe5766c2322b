import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { TicketQuery, type DiagnosticsConsent } from '@firstline/protocol';
import { createCollector } from '../../electron/diagnostics/collector';
import { startLiveMetrics } from '../../electron/diagnostics/live-metrics';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { installFakeDesktopBridge } from '../support/fake-desktop-bridge';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';
import { ADMIN_EMAIL } from '../support/test-server';

/**
 * The customer page stands in for the desktop app: its bridge is the contract's, backed by the
 * real Node collector and live-metrics sampler running on this machine.
 */
describe("the engineer's inventory panel", () => {
  let e2e: E2eFixture;
  let stopMetrics: (() => void) | undefined;
  beforeAll(async () => {
    e2e = await startE2e('Grace Hopper');
  }, 60_000);
  afterAll(async () => {
    stopMetrics?.();
    await e2e?.close();
  });

  it(
    'fills in from the real collector, redacted as the customer chose, with findings, search and live metrics',
    { timeout: 90_000 },
    async () => {
      const engineer = await e2e.newPage(1400, 1000);
      await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
      const context = await e2e.browser.browser.newContext({ viewport: { width: 1200, height: 900 } });
      let customer: Page | undefined;
      const collector = createCollector({ internetHost: 'example.invalid' });
      const bridge = await installFakeDesktopBridge(context, {
        'app:info': () => ({ serverUrl: e2e.server.url, version: 'test', platform: process.platform }),
        'screen:list-sources': () => [],
        'sharing:update': () => ({ ok: true }),
        'diagnostics:collect': (consent: DiagnosticsConsent) =>
          collector.collect(consent, (section) => void bridge.emit(customer!, 'diagnostics:section', section)),
        'diagnostics:watch': (on: boolean) => {
          stopMetrics?.();
          stopMetrics = on
            ? startLiveMetrics((metrics) => void bridge.emit(customer!, 'diagnostics:metrics', metrics), { intervalMs: 500 })
            : undefined;
          return { ok: true };
        },
      });
      customer = await context.newPage();
      await askForHelp(customer, e2e.server.url, 'Lin', 'Laptop is very slow');
      await takeFromQueue(engineer, 'Laptop is very slow');
      // Opt-in: nothing about the machine is shared unless the customer ticks it.
      const share = customer.getByLabel('Share system information');
      expect(await share.isChecked()).toBe(false);
      await share.check();
      await customer.getByText('Choose what to include').click();
      await expect.poll(() => customer.getByLabel('Computer name').isChecked()).toBe(true);
      await customer.getByLabel('Installed software').uncheck();
      await screenshot(customer, 'customer-consent-diagnostics');
      await customer.getByRole('button', { name: 'Allow' }).click();
      await customer.getByText(/Grace Hopper can see \d+ sections of system information/).waitFor({ timeout: 30_000 });

      await engineer.getByRole('tab', { name: /System information/ }).click();
      const panel = engineer.getByTestId('inventory-panel');
      await panel.locator('[data-section="memory"]').getByText('Total').waitFor();
      await panel.getByTestId('findings').waitFor({ timeout: 30_000 });
      await expect.poll(() => panel.locator('[data-section="software"]').textContent()).toContain('Not shared by the customer.');
      const text = (await panel.textContent()) ?? '';
      const { hostname } = await import('node:os');
      expect(text).not.toContain(hostname());
      expect(text).toContain('[redacted]');
      expect(text).toContain('Names do not resolve');
      await expect
        .poll(async () => Number(await engineer.getByTestId('metrics-chart').getAttribute('data-samples')), { timeout: 15_000 })
        .toBeGreaterThan(1);
      await screenshot(engineer, 'engineer-inventory');

      await panel.getByLabel('Search the inventory').fill('swap');
      await expect.poll(() => panel.locator('.inventory-section').count()).toBe(1);
      expect(await panel.locator('.inventory-section h3').textContent()).toContain('Memory');
      await panel.getByLabel('Search the inventory').fill('');

      // Refresh: the customer collects again; dynamic sections come back, static ones from the cache.
      const collectsBefore = bridge.calls.filter((c) => c.channel === 'diagnostics:collect').length;
      await panel.getByRole('button', { name: 'Refresh' }).click();
      await expect.poll(() => bridge.calls.filter((c) => c.channel === 'diagnostics:collect').length).toBe(collectsBefore + 1);

      // On the wire to the server too, the host and user names never appear: the stored snapshot.
      const { userInfo } = await import('node:os');
      const ticketId = (await e2e.server.store.tickets.query(TicketQuery.parse({}), undefined, Date.now())).tickets[0]?.id;
      const stored = JSON.stringify(
        (await e2e.server.store.sessions.timeline((await e2e.server.store.sessions.listUnfinished())[0]!.id)).filter(
          (e) => e.payload.type === 'diagnostics.snapshot',
        ),
      );
      expect(ticketId).toBeUndefined();
      expect(stored).toContain('"name":"os"');
      expect(stored).not.toContain(hostname());
      expect(stored).not.toContain(`"${userInfo().username}"`);

      await engineer.getByRole('button', { name: 'End session' }).click();
      const admin = await e2e.newPage(1300, 1000);
      await signInStaff(admin, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
      await admin.getByTestId('ticket-row').getByRole('link').click();
      await admin.getByTestId('inventory-panel').locator('[data-section="cpu"]').waitFor();
      expect(await admin.getByTestId('timeline').textContent()).toMatch(/shared system information: \d+ sections, \d+ findings/);
      expect(await admin.getByTestId('inventory-panel').textContent()).not.toContain(hostname());
      await screenshot(admin, 'admin-session-inventory');

      // Reports: the finding this session filed is among the most frequent.
      await admin.getByRole('link', { name: 'Reports' }).click();
      await admin.getByTestId('kpis').waitFor();
      expect(await admin.getByTestId('kpis').textContent()).toContain('Sessions1');
      // A bar for every day of the last 30, quiet days included.
      await expect
        .poll(async () => Number(await admin.getByTestId('sessions-per-day').getAttribute('data-points')))
        .toBeGreaterThanOrEqual(30);
      expect(await admin.getByTestId('top-findings').textContent()).toContain('DNS failure');
      await screenshot(admin, 'admin-reports');
    },
  );
});
