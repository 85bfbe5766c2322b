import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlGate } from '../../../electron/control/control-gate';
import { createRobotInjector, type Injector, type RobotLike } from '../../../electron/control/injector';
import { createKeyboardWatch, type UiohookLike } from '../../../electron/control/keyboard-watch';
import { createLocalInputDetector } from '../../../electron/control/local-input';
import { createRemoteControlController } from '../../../electron/main/services/remote-control-controller';
import { startXDisplay, xDisplayTools } from '../../support/x-display';

const tools = xDisplayTools();
if (!tools.ok) console.log(`[skip] the customer's own keyboard on a real X display: missing ${tools.missing}`);

const none = { alt: false, ctrl: false, meta: false, shift: false };

describe.skipIf(!tools.ok)("the customer's own keyboard pauses remote control (Xvfb, uiohook, robotjs)", () => {
  let x: Awaited<ReturnType<typeof startXDisplay>>;
  beforeAll(async () => {
    x = await startXDisplay(1600, 900);
    // uiohook opens the display named by DISPLAY when it starts; this test runs in its own process.
    process.env.DISPLAY = x.display;
  });
  afterAll(() => x?.closeAfterExit());

  it('ignores the keys the engineer injects, pauses on a key the customer presses, and unhooks when control ends', async () => {
    const require = createRequire(import.meta.url);
    const robot = require('@jitsi/robotjs') as RobotLike & { setXDisplayName(name: string): void };
    robot.setXDisplayName(x.display);
    const detector = createLocalInputDetector();
    const real = createRobotInjector(robot);
    // As the desktop app wires it: every injected key is told to the detector first.
    const injector: Injector = {
      ...real,
      key: (key, down, modifiers) => (detector.injectedKey(Date.now()), real.key(key, down, modifiers)),
    };
    const hooked: string[] = [];
    const watch = createKeyboardWatch((require('uiohook-napi') as { uIOhook: UiohookLike }).uIOhook);
    const controller = createRemoteControlController({
      gate: createControlGate({ injector, now: Date.now, onRefused: () => undefined }),
      detector,
      sharedSurface: () => ({ space: 'injector', x: 0, y: 0, width: 1600, height: 900 }),
      cursor: () => ({ space: 'injector', x: 0, y: 0 }),
      shortcut: { register: () => true, unregister: () => undefined },
      border: { show: () => undefined, hide: () => undefined },
      every: () => () => undefined,
      keyboard: { watch: (onKey) => watch.watch(() => (hooked.push('key'), onKey())) },
      now: Date.now,
      platform: 'linux',
    });
    const told: string[] = [];
    controller.start((why) => told.push(why));
    await new Promise((resolve) => setTimeout(resolve, 300));

    for (const code of ['KeyO', 'KeyK']) {
      expect(controller.input({ type: 'key-down', code, key: '', modifiers: none })).toEqual({ ok: true, refused: null });
      expect(controller.input({ type: 'key-up', code, key: '', modifiers: none })).toEqual({ ok: true, refused: null });
    }
    // The hook saw the injected keys, and they paused nothing.
    await expect.poll(() => hooked.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(told).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 400));
    spawnSync('xdotool', ['key', 'b'], { env: { ...process.env, DISPLAY: x.display } });
    await expect.poll(() => told, { timeout: 5000 }).toEqual(['local-input']);
    expect(controller.input({ type: 'key-down', code: 'KeyA', key: '', modifiers: none })).toEqual({ ok: false, refused: 'paused' });

    controller.stop();
    const seen = hooked.length;
    spawnSync('xdotool', ['key', 'c'], { env: { ...process.env, DISPLAY: x.display } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hooked.length).toBe(seen);
  });
});
