import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlGate } from '../../../electron/control/control-gate';
import { dipRect, injectorRectFor } from '../../../electron/control/coordinate-spaces';
import { createRobotInjector, type RobotLike } from '../../../electron/control/injector';
import { startXDisplay, startXEventWindow, xDisplayTools } from '../../support/x-display';

const tools = xDisplayTools();
if (!tools.ok) console.log(`[skip] input injection on a real X display: missing ${tools.missing}`);

const none = { alt: false, ctrl: false, meta: false, shift: false };
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe.skipIf(!tools.ok)('remote control input on a real X display (Xvfb)', () => {
  let x: Awaited<ReturnType<typeof startXDisplay>>;
  let window: Awaited<ReturnType<typeof startXEventWindow>>;
  let robot: RobotLike & { setXDisplayName(name: string): void };

  beforeAll(async () => {
    x = await startXDisplay(1600, 900);
    window = await startXEventWindow(x.display, '400x300+100+100');
    robot = createRequire(import.meta.url)('@jitsi/robotjs') as typeof robot;
    robot.setXDisplayName(x.display);
  });
  afterAll(() => {
    window?.close();
    x?.close();
  });

  it('moves, clicks, scrolls and types through the gate, at the mapped point, and stops when control is taken back', async () => {
    const gate = createControlGate({ injector: createRobotInjector(robot), now: Date.now, onRefused: () => undefined });
    gate.grant(
      injectorRectFor({ kind: 'display', bounds: dipRect({ x: 0, y: 0, width: 1600, height: 900 }), scaleFactor: 1 }, 'linux', () => {
        throw new Error('not Windows');
      }),
    );

    expect(gate.handle({ type: 'pointer-move', at: { x: 0.25, y: 0.3 } })).toBeNull();
    await expect.poll(() => x.pointer()).toEqual({ x: 400, y: 270 });

    gate.handle({ type: 'pointer-down', at: { x: 0.25, y: 0.3 }, button: 'left' });
    gate.handle({ type: 'pointer-up', at: { x: 0.25, y: 0.3 }, button: 'left' });
    gate.handle({ type: 'wheel', at: { x: 0.25, y: 0.3 }, dx: 0, dy: 200 });
    for (const [code, shift] of [
      ['KeyH', true],
      ['KeyI', false],
    ] as const) {
      gate.handle({ type: 'key-down', code, key: '', modifiers: { ...none, shift } });
      gate.handle({ type: 'key-up', code, key: '', modifiers: { ...none, shift } });
    }
    // xev reports what the X server delivered; wait until all of it has been printed.
    await expect.poll(() => window.events().filter((e) => e.type === 'KeyRelease').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const events = window.events();
    const presses = events.filter((e) => e.type === 'ButtonPress');
    expect(presses.map((e) => e.button)).toEqual([1, 5, 5]);
    expect(presses.every((e) => e.root.x === 400 && e.root.y === 270)).toBe(true);
    expect(events.filter((e) => e.type === 'KeyPress').map((e) => e.keysym)).toEqual(['Shift_L', 'H', 'i']);

    gate.revoke();
    expect(gate.handle({ type: 'pointer-move', at: { x: 0.9, y: 0.9 } })).toBe('not-granted');
    await settle();
    expect(x.pointer()).toEqual({ x: 400, y: 270 });
  });
});
