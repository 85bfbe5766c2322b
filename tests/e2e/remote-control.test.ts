import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { createDesktopControl } from '../support/desktop-control';
import { capturerSource, installFakeDesktopApp } from '../support/fake-desktop-app';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';
import { ADMIN_EMAIL } from '../support/test-server';

/**
 * Remote control end to end, without the Electron binary: the customer's page gets the bridge the
 * preload builds, backed by the desktop app's own controller and gate; only the injector records
 * instead of moving the pointer (the real one is tested on an X display in the integration tests).
 */
describe('remote control, with the customer in charge', () => {
  const fixture = withE2e('Grace Hopper');

  it(
    'asks the customer, injects the engineer’s click at the mapped point, stops the moment the customer takes control back, and passes clipboard text both ways',
    { timeout: 90_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1400, 1000);
      await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);

      const injected: string[] = [];
      const desktop = createDesktopControl({
        injector: {
          moveTo: (p) => injected.push(`move ${p.x},${p.y}`),
          button: (b, down) => injected.push(`${b} ${down ? 'down' : 'up'}`),
          scroll: (dx, dy) => injected.push(`scroll ${dx},${dy}`),
          key: (k, down) => injected.push(`key ${k} ${down ? 'down' : 'up'}`),
        },
        // The shared display: 1920×1080 at the origin, as Electron would report it for display 1.
        sharedSurface: () => (app.screens.sharedDisplayId() === '1' ? { space: 'injector', x: 0, y: 0, width: 1920, height: 1080 } : null),
        onBorder: (shown) => injected.push(`border ${shown ? 'on' : 'off'}`),
        emitInterrupted: (why) => void app.emit('control:interrupted', why),
      });
      const { controller: remoteControl, shortcuts } = desktop;
      const customerClipboard: string[] = [];
      const overlay: unknown[] = [];
      const context = await e2e.browser.browser.newContext({ viewport: { width: 1200, height: 900 } });
      const app = await installFakeDesktopApp(context, {
        serverUrl: e2e.server.url,
        sources: [capturerSource('screen:1:0', 'Entire screen', { display_id: '1' })],
        extra: {
          ...desktop.handlers,
          'clipboard:read': () => ({ text: 'Error 0x800CCC0E at C:\\Users\\lin\\outlook.log' }),
          'clipboard:write': (text: string) => (customerClipboard.push(text), { ok: true }),
          'annotation:show': (update: unknown) => (overlay.push(update), { ok: true }),
        },
      });
      const customer = await app.openPage();
      await askForHelp(customer, e2e.server.url, 'Lin', 'Outlook asks for a password');
      await takeFromQueue(engineer, 'Outlook asks for a password');
      await customer.getByRole('button', { name: 'Allow' }).click();
      await customer.getByRole('button', { name: 'Screen: Entire screen' }).click();
      // What the main process's display-media handler does when the page captures the chosen screen.
      await app.screens.takeChosen();
      await engineer.getByText("Viewing Lin's screen.").waitFor({ timeout: 20_000 });
      await expect.poll(() => engineer.getByTestId('remote-video').evaluate((v) => (v as HTMLVideoElement).videoWidth)).toBeGreaterThan(0);

      await engineer.getByRole('button', { name: 'Ask for control' }).click();
      const prompt = customer.getByRole('alertdialog');
      await prompt.getByText('Grace Hopper from Acme Support asks to control your mouse and keyboard').waitFor();
      await screenshot(customer, 'customer-control-prompt');
      await prompt.getByRole('button', { name: 'Allow control' }).click();
      await customer.getByTestId('sharing-bar').getByText('Grace Hopper is controlling your computer').waitFor();
      await customer.getByText('(or press Ctrl+Alt+Shift+X)').waitFor();
      await expect.poll(() => app.barStates.at(-1)).toMatchObject({ controlShortcut: 'Ctrl+Alt+Shift+X' });

      await engineer.getByRole('button', { name: 'Control' }).click();
      const video = engineer.getByTestId('remote-video');
      const box = (await video.boundingBox())!;
      const size = await video.evaluate((v) => ({ w: (v as HTMLVideoElement).videoWidth, h: (v as HTMLVideoElement).videoHeight }));
      // The centre of the picture (letterboxed or not) is the centre of the customer's screen.
      await engineer.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await engineer.keyboard.press('KeyA');
      await expect
        .poll(() => injected.filter((c) => c.startsWith('left') || c.startsWith('key')))
        .toEqual(['left down', 'left up', 'key a down', 'key a up']);
      expect(injected).toContain('move 960,540');
      expect(size.w / size.h).toBeCloseTo(1920 / 1080, 1);
      await screenshot(engineer, 'engineer-in-control');

      await customer.getByRole('button', { name: 'Take back control' }).click();
      await engineer.getByRole('button', { name: 'Ask for control' }).waitFor();
      const before = injected.length;
      await engineer.mouse.click(box.x + box.width / 4, box.y + box.height / 4);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(injected.slice(before)).toEqual([]);
      expect(remoteControl.input({ type: 'pointer-move', at: { x: 0.2, y: 0.2 } })).toEqual({ ok: false, refused: 'not-granted' });
      expect(shortcuts.size).toBe(0);

      const sessionId = (
        await e2e.server.store.sessions.query({ sort: 'created', order: 'desc', page: 1, pageSize: 1 }, undefined, Date.now())
      ).sessions[0]!.id;
      const types = (await e2e.server.store.sessions.timeline(sessionId))
        .map((e) => e.payload.type)
        .filter((t) => t.startsWith('control.'));
      expect(types).toEqual(['control.requested', 'control.granted', 'control.revoked']);

      // Clipboard text, both ways, only when sent on purpose; the timeline keeps the size, not the text.
      await engineer.getByLabel("Text for Lin's clipboard").fill('smtp.office365.com');
      await engineer.getByRole('button', { name: "Put on Lin's clipboard" }).click();
      await expect.poll(() => customerClipboard).toEqual(['smtp.office365.com']);
      await customer.getByText('Grace Hopper put text on your clipboard (18 characters).').waitFor();
      await customer.getByRole('button', { name: 'Send my clipboard text to Grace Hopper' }).click();
      await expect.poll(() => engineer.getByLabel('Text from Lin').inputValue()).toBe('Error 0x800CCC0E at C:\\Users\\lin\\outlook.log');
      await screenshot(engineer, 'engineer-clipboard');
      const clipboardEvents = (await e2e.server.store.sessions.timeline(sessionId)).filter((e) => e.payload.type === 'clipboard.sent');
      expect(clipboardEvents.map((e) => e.payload)).toEqual([
        { type: 'clipboard.sent', direction: 'to-customer', chars: 18 },
        { type: 'clipboard.sent', direction: 'to-engineer', chars: 44 },
      ]);

      // In the desktop app the pointer goes to the overlay over the real screen, not into the page.
      await engineer.getByRole('button', { name: 'Pointer' }).click();
      const picture = (await video.boundingBox())!;
      await engineer.mouse.move(picture.x + picture.width / 2 + 3, picture.y + picture.height / 2);
      await engineer.mouse.move(picture.x + picture.width / 2, picture.y + picture.height / 2);
      await expect.poll(() => overlay.at(-1)).toEqual({ op: 'laser', at: { x: expect.closeTo(0.5, 2), y: expect.closeTo(0.5, 2) } });
      expect(await customer.getByTestId('annotation-layer').count()).toBe(0);

      // The session as filed says how long the engineer was in control.
      await engineer.getByRole('button', { name: 'End session' }).click();
      const admin = await e2e.newPage();
      await signInStaff(admin, `${e2e.server.url}/admin#/sessions/${sessionId}`, ADMIN_EMAIL, e2e.server.adminPassword);
      await expect.poll(() => admin.getByTestId('control-duration').textContent()).toMatch(/\d/);
      await admin.getByText('remote control ended: the customer took back control').waitFor();
      await screenshot(admin, 'admin-session-with-control');
      // The session's end puts the overlay away.
      expect(overlay.at(-1)).toBeNull();
    },
  );
});
