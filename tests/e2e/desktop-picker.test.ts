import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { capturerSource, installFakeDesktopApp } from '../support/fake-desktop-app';
import { installFakeDesktopBridge } from '../support/fake-desktop-bridge';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';

/**
 * The desktop app's flows without the Electron binary: pages get the bridge the preload builds,
 * backed by the real main-process services. Only desktopCapturer and the bar's BrowserWindow are
 * stood in for (a real screenshot as thumbnail; a recorder as the window).
 */
describe('desktop app flows through the bridge contract', () => {
  let e2e: E2eFixture;
  beforeAll(async () => {
    e2e = await startE2e('Grace Hopper');
  }, 60_000);
  afterAll(async () => e2e?.close());

  it('picks a screen from thumbnails, shows the always-on-top bar, and stops sharing from it', { timeout: 60_000 }, async () => {
    const engineer = await e2e.newPage();
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    const thumbnail = `data:image/png;base64,${(await engineer.screenshot({ scale: 'css' })).toString('base64')}`;

    const context = await e2e.browser.browser.newContext({ viewport: { width: 1200, height: 850 } });
    const { bridge, sharingBar, barStates, openPage } = await installFakeDesktopApp(context, {
      serverUrl: e2e.server.url,
      sources: [
        capturerSource('screen:0:0', 'Entire screen', { thumbnail }),
        capturerSource('window:7:0', 'Printer settings', { thumbnail }),
      ],
    });
    const customer = await openPage();
    await askForHelp(customer, e2e.server.url, 'Lin', 'Printer offline');
    await takeFromQueue(engineer, 'Printer offline');
    await customer.getByRole('button', { name: 'Allow' }).click();

    const sources = customer.locator('.source');
    await expect.poll(() => sources.count()).toBe(2);
    expect(await sources.allTextContents()).toEqual(['Screen: Entire screen', 'Printer settings']);
    expect(
      await sources
        .first()
        .locator('img')
        .evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(100);
    await screenshot(customer, 'customer-desktop-picker');

    await customer.getByRole('button', { name: 'Screen: Entire screen' }).click();
    await customer.getByText('Grace Hopper can see Entire screen, but cannot control your computer unless you allow it.').waitFor();
    expect(bridge.calls.filter((c) => c.channel === 'screen:choose-source').map((c) => c.args)).toEqual([['screen:0:0']]);
    await engineer.getByText("Viewing Lin's screen.").waitFor({ timeout: 20_000 });
    await expect
      .poll(() => barStates.at(-1))
      .toEqual({ sharing: true, engineerName: 'Grace Hopper', watcherNames: [], controlShortcut: null });

    // The bar's Stop button: bar → main (controller) → the customer's window, which stops sharing.
    expect(sharingBar.request('stop-sharing')).toEqual({ ok: true });
    await engineer.getByText('Connected. Lin is not sharing their screen right now.').waitFor();
    await expect.poll(() => barStates.at(-1)).toBe('hidden');
    expect(sharingBar.request('stop-sharing')).toEqual({ ok: false });
  });

  it('renders the bar window itself, whose buttons ask the main process', { timeout: 30_000 }, async () => {
    const context = await e2e.browser.browser.newContext({ viewport: { width: 720, height: 52 } });
    const requested: string[] = [];
    const bridge = await installFakeDesktopBridge(context, {
      'app:info': () => ({ serverUrl: e2e.server.url, version: 'test', platform: process.platform }),
      'sharing:current': () => ({ sharing: true, engineerName: 'Grace Hopper' }),
      'sharing:request': (command: string) => (requested.push(command), { ok: true }),
    });
    const bar = await context.newPage();
    // bar.html is an Electron-only page; serve the built file from the server's origin for the test.
    await bar.route(`${e2e.server.url}/bar.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync('dist/renderer/bar.html', 'utf8') }),
    );
    await bar.goto(`${e2e.server.url}/bar.html`);
    await bar.getByText('Sharing your screen with Grace Hopper').waitFor();
    await screenshot(bar, 'desktop-sharing-bar');
    await bar.getByRole('button', { name: 'Stop sharing' }).click();
    await bar.getByRole('button', { name: 'End session' }).click();
    await expect.poll(() => requested).toEqual(['stop-sharing', 'end-session']);
    await bridge.emit(bar, 'sharing:state', { sharing: false, engineerName: 'Grace Hopper' });
    await expect.poll(() => bar.getByTestId('sharing-bar').count()).toBe(0);
  });
});
