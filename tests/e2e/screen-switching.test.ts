import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { capturerSource, installFakeDesktopApp } from '../support/fake-desktop-app';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';

/** Two screens on the customer's desktop; the engineer asks for the other, the customer decides. */
describe('switching screens during a session', () => {
  const fixture = withE2e('Grace Hopper');

  it(
    'shows another screen on the same connection when the customer agrees, and lets the customer switch back',
    { timeout: 90_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1400, 1000);
      await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
      const context = await e2e.browser.browser.newContext({ viewport: { width: 1200, height: 900 } });
      const { bridge, openPage } = await installFakeDesktopApp(context, {
        serverUrl: e2e.server.url,
        sources: [
          capturerSource('screen:1:0', 'Screen 1', { display_id: '1' }),
          capturerSource('screen:2:0', 'Screen 2', { display_id: '2' }),
        ],
      });
      const customer = await openPage();
      await askForHelp(customer, e2e.server.url, 'Lin', 'Excel opens on the wrong screen');
      await takeFromQueue(engineer, 'Excel opens on the wrong screen');
      await customer.getByRole('button', { name: 'Allow' }).click();
      await customer.getByRole('button', { name: 'Screen: Screen 1' }).click();
      await engineer.getByText("Viewing Lin's screen.").waitFor({ timeout: 20_000 });
      await engineer.getByText('Showing Screen 1').waitFor();
      const frames = () => engineer.getByTestId('connection-stats').evaluate((el) => Number((el as HTMLElement).dataset.framesDecoded));

      // The first share's own renegotiation is over once its frames arrive: the customer sends media
      // only after the engineer's answer came back through the server.
      await expect.poll(() => engineer.getByTestId('remote-video').evaluate((v) => (v as HTMLVideoElement).videoWidth)).toBeGreaterThan(0);
      // Count the session descriptions relayed from here on: a track replaced needs none.
      const service = e2e.server.app.sessions;
      const relay = service.relay.bind(service);
      const renegotiations: string[] = [];
      service.relay = (socketId, data) => {
        if (data.type !== 'candidate') renegotiations.push(data.type);
        return relay(socketId, data);
      };
      await engineer.getByRole('button', { name: 'Ask to see Screen 2' }).click();
      const prompt = customer.getByRole('alertdialog');
      await prompt.getByText('Grace Hopper asks to see Screen 2').waitFor();
      await screenshot(customer, 'customer-switch-prompt');
      await prompt.getByRole('button', { name: 'Show it' }).click();
      await engineer.getByText('Showing Screen 2').waitFor();
      await customer.getByText('Grace Hopper can see Screen 2, but cannot control your computer unless you allow it.').waitFor();
      expect(bridge.calls.filter((c) => c.channel === 'screen:choose-source').map((c) => c.args[0])).toEqual(['screen:1:0', 'screen:2:0']);
      // The picture keeps coming on the same connection.
      const before = await frames();
      await expect.poll(frames, { timeout: 10_000 }).toBeGreaterThan(before);
      await screenshot(engineer, 'engineer-customer-screens');

      await customer.getByRole('button', { name: 'Show Screen 1 instead' }).click();
      await engineer.getByText('Showing Screen 1').waitFor();

      expect(renegotiations).toEqual([]);
      const sessionId = (
        await e2e.server.store.sessions.query({ sort: 'created', order: 'desc', page: 1, pageSize: 1 }, undefined, Date.now())
      ).sessions[0]!.id;
      const shares = (await e2e.server.store.sessions.timeline(sessionId))
        .filter((e) => e.payload.type.startsWith('share.'))
        .map((e) => e.payload);
      expect(shares).toEqual([
        { type: 'share.started', sourceLabel: 'Screen 1' },
        { type: 'share.switched', sourceLabel: 'Screen 2' },
        { type: 'share.switched', sourceLabel: 'Screen 1' },
      ]);
    },
  );
});
