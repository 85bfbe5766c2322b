import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright';
import { BRIDGE_GLOBAL, bridgeChannels } from '@firstline/bridge-contract';
import { createScreenSourceService } from '../../electron/main/services/screen-sources';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';

/**
 * The desktop app's share flow without the Electron binary: the page gets the same bridge object
 * the preload builds (one method per contract channel), backed by the real main-process screen
 * source service. Only desktopCapturer itself is stood in for, with a real screenshot as thumbnail.
 */
async function installDesktopBridge(context: BrowserContext, serverUrl: string, thumbnail: string, chosen: string[]) {
  const service = createScreenSourceService({
    getSources: async () => [
      { id: 'screen:0:0', name: 'Entire screen', thumbnail: { toDataURL: () => thumbnail } },
      { id: 'window:7:0', name: 'Printer settings', thumbnail: { toDataURL: () => thumbnail } },
    ],
  });
  const implementations: Record<string, (...args: unknown[]) => unknown> = {
    'screen:list-sources': () => service.list(),
    'screen:choose-source': (id) => {
      chosen.push(String(id));
      return service.choose(String(id));
    },
    'app:info': () => ({ serverUrl, version: 'test', platform: process.platform }),
  };
  const methods: string[] = [];
  for (const [channel, spec] of Object.entries(bridgeChannels)) {
    await context.exposeFunction(`__bridge_${spec.method}`, async (...args: unknown[]) => {
      const parsed = spec.args.safeParse(args);
      if (!parsed.success) throw new Error(`invalid arguments for ${channel}`);
      return implementations[channel]!(...parsed.data);
    });
    methods.push(spec.method);
  }
  const body = methods.map((m) => `${m}: (...a) => window.__bridge_${m}(...a)`).join(', ');
  await context.addInitScript({ content: `window.${BRIDGE_GLOBAL} = Object.freeze({ ${body} });` });
}

describe('desktop share picker', () => {
  let e2e: E2eFixture;
  beforeAll(async () => {
    e2e = await startE2e('Grace Hopper');
  }, 60_000);
  afterAll(async () => e2e?.close());

  it('offers screens and windows with thumbnails and shares the one picked', { timeout: 60_000 }, async () => {
    const engineer = await e2e.newPage();
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    const thumbnail = `data:image/png;base64,${(await engineer.screenshot({ scale: 'css' })).toString('base64')}`;

    const context = await e2e.browser.browser.newContext({ viewport: { width: 1200, height: 850 } });
    const chosen: string[] = [];
    await installDesktopBridge(context, e2e.server.url, thumbnail, chosen);
    const customer = await context.newPage();
    await askForHelp(customer, e2e.server.url, 'Lin', 'Printer offline');
    await takeFromQueue(engineer, 'Printer offline');
    await customer.getByRole('button', { name: 'Allow' }).click();

    const sources = customer.locator('.source');
    await expect.poll(() => sources.count()).toBe(2);
    expect(await sources.allTextContents()).toEqual(['Screen: Entire screen', 'Printer settings']);
    expect(await sources.first().locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    await screenshot(customer, 'customer-desktop-picker');

    await customer.getByRole('button', { name: 'Screen: Entire screen' }).click();
    await customer.getByText('Grace Hopper can see Entire screen. They cannot control your computer.').waitFor();
    expect(chosen).toEqual(['screen:0:0']);
    await engineer.getByText("Viewing Lin's screen.").waitFor({ timeout: 20_000 });
  });
});
