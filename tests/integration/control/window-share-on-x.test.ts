import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlGate } from '../../../electron/control/control-gate';
import { createRobotInjector, type RobotLike } from '../../../electron/control/injector';
import { createLocalInputDetector } from '../../../electron/control/local-input';
import { windowHandleOf, windowRectFor, type WindowRectSource } from '../../../electron/control/window-rects';
import { createRemoteControlController } from '../../../electron/main/services/remote-control-controller';
import { startXDisplay, startXEventWindow, xDisplayTools } from '../../support/x-display';

const tools = xDisplayTools();
if (!tools.ok) console.log(`[skip] remote control of a shared window on a real X display: missing ${tools.missing}`);

describe.skipIf(!tools.ok)('remote control of a shared window (Xvfb, libnut window rectangles, robotjs)', () => {
  let x: Awaited<ReturnType<typeof startXDisplay>>;
  let window: Awaited<ReturnType<typeof startXEventWindow>>;
  beforeAll(async () => {
    x = await startXDisplay(1600, 900);
    window = await startXEventWindow(x.display, '400x300+120+80');
    // libnut opens the display named by DISPLAY; this test runs in its own process.
    process.env.DISPLAY = x.display;
  });
  afterAll(() => {
    window?.close();
    x?.closeAfterExit();
  });

  it('maps the engineer’s pointer onto the window, and follows the window when the customer moves it', async () => {
    const require = createRequire(import.meta.url);
    const robot = require('@jitsi/robotjs') as RobotLike & { setXDisplayName(name: string): void };
    robot.setXDisplayName(x.display);
    const libnut = (require('@nut-tree-fork/libnut/dist/import_libnut') as { libnut: WindowRectSource }).libnut;
    const xid = spawnSync('xdotool', ['search', '--name', 'Event Tester'], { env: process.env, encoding: 'utf8' })
      .stdout.trim()
      .split('\n')[0]!;
    // The id desktopCapturer gives this window on Linux.
    const handle = windowHandleOf(`window:${xid}:0`)!;
    const controller = createRemoteControlController({
      gate: createControlGate({ injector: createRobotInjector(robot), now: Date.now, onRefused: () => undefined }),
      detector: createLocalInputDetector(),
      sharedSurface: () => windowRectFor(libnut, handle),
      cursor: () => ({ space: 'injector', x: 0, y: 0 }),
      shortcut: { register: () => true, unregister: () => undefined },
      border: { show: () => undefined, hide: () => undefined },
      every: (ms, run) => {
        const timer = setInterval(run, ms);
        return () => clearInterval(timer);
      },
      now: Date.now,
      platform: 'linux',
    });
    expect(controller.start(() => undefined)).toMatchObject({ ok: true });
    const centre = (r: { x: number; y: number; width: number; height: number }) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
    const first = windowRectFor(libnut, handle)!;
    expect(first).toMatchObject({ width: 400, height: 300 });
    controller.input({ type: 'pointer-move', at: { x: 0.5, y: 0.5 } });
    await expect.poll(() => x.pointer()).toEqual(centre(first));

    spawnSync('xdotool', ['windowmove', xid, '700', '400'], { env: process.env });
    await expect.poll(() => windowRectFor(libnut, handle)?.x).not.toBe(first.x);
    const moved = windowRectFor(libnut, handle)!;
    await new Promise((resolve) => setTimeout(resolve, 150));
    controller.input({ type: 'pointer-move', at: { x: 0.5, y: 0.5 } });
    await expect.poll(() => x.pointer()).toEqual(centre(moved));
    controller.stop();
  });
});
