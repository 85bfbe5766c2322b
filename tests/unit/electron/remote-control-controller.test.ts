import { describe, expect, it } from 'vitest';
import { createControlGate } from '../../../electron/control/control-gate';
import type { InjectorPoint, InjectorRect } from '../../../electron/control/coordinate-spaces';
import { createLocalInputDetector } from '../../../electron/control/local-input';
import { createRemoteControlController, TAKE_BACK_ACCELERATOR } from '../../../electron/main/services/remote-control-controller';

function controller(surface: InjectorRect | null = { space: 'injector', x: 0, y: 0, width: 1920, height: 1080 }) {
  const log: string[] = [];
  const shortcuts = new Map<string, () => void>();
  const timers: Array<() => void> = [];
  const clock = { now: 0 };
  const keyWatchers = new Set<() => void>();
  let cursor: InjectorPoint = { space: 'injector', x: 0, y: 0 };
  const detector = createLocalInputDetector();
  const gate = createControlGate({
    injector: {
      moveTo: (p) => (detector.injected(p, clock.now), log.push(`move ${p.x},${p.y}`)),
      button: (b, down) => log.push(`${b} ${down}`),
      scroll: () => undefined,
      key: (k, down) => (detector.injectedKey(clock.now), log.push(`key ${k} ${down}`)),
    },
    now: () => clock.now,
    onRefused: (r) => log.push(`refused ${r}`),
  });
  const c = createRemoteControlController({
    gate,
    detector,
    sharedSurface: () => surface,
    cursor: () => cursor,
    shortcut: {
      register: (accelerator, onPress) => (shortcuts.set(accelerator, onPress), true),
      unregister: (accelerator) => void shortcuts.delete(accelerator),
    },
    border: { show: () => log.push('border on'), hide: () => log.push('border off') },
    every: (_ms, run) => (timers.push(run), () => timers.splice(timers.indexOf(run), 1)),
    keyboard: {
      watch: (onKey) => {
        keyWatchers.add(onKey);
        return () => keyWatchers.delete(onKey);
      },
    },
    now: () => clock.now,
    platform: 'linux',
  });
  const pressKey = () => keyWatchers.forEach((watcher) => watcher());
  return {
    c,
    log,
    shortcuts,
    timers,
    clock,
    pressKey,
    keyWatchers,
    moveCursor: (x: number, y: number) => (cursor = { space: 'injector', x, y }),
  };
}

describe('the desktop side of remote control', () => {
  it('frames the screen and registers the take-back shortcut only while controlled; the shortcut stops it at once', () => {
    const { c, log, shortcuts } = controller();
    const told: string[] = [];
    expect(c.start((why) => told.push(why))).toEqual({ ok: true, shortcut: 'Ctrl+Alt+Shift+X', reason: null });
    expect(shortcuts.has(TAKE_BACK_ACCELERATOR)).toBe(true);
    c.input({ type: 'pointer-move', at: { x: 0.5, y: 0.5 } });
    shortcuts.get(TAKE_BACK_ACCELERATOR)!();
    expect(told).toEqual(['shortcut']);
    expect(shortcuts.size).toBe(0);
    expect(c.input({ type: 'pointer-move', at: { x: 0.1, y: 0.1 } })).toEqual({ ok: false, refused: 'not-granted' });
    expect(log).toEqual(['border on', 'move 960,540', 'border off', 'refused not-granted']);
  });

  it('pauses remote input when the customer types, but not for the keys it injected itself; the hook runs only while controlled', () => {
    const { c, clock, pressKey, keyWatchers, log } = controller();
    const told: string[] = [];
    expect(keyWatchers.size).toBe(0);
    c.start((why) => told.push(why));
    expect(keyWatchers.size).toBe(1);
    clock.now = 1000;
    c.input({ type: 'key-down', code: 'KeyA', key: 'a', modifiers: { alt: false, ctrl: false, meta: false, shift: false } });
    clock.now = 1010;
    pressKey(); // the injected key, seen by the global hook
    expect(told).toEqual([]);
    clock.now = 2000;
    pressKey(); // the customer's own
    expect(told).toEqual(['local-input']);
    expect(c.input({ type: 'key-up', code: 'KeyA', key: 'a', modifiers: { alt: false, ctrl: false, meta: false, shift: false } })).toEqual({
      ok: false,
      refused: 'paused',
    });
    c.stop();
    expect(keyWatchers.size).toBe(0);
    expect(log.filter((l) => l.startsWith('key'))).toEqual(['key a true', 'key a false']);
  });

  it("pauses remote input when the customer's own mouse moves, and says so", () => {
    const { c, timers, clock, moveCursor, log } = controller();
    const told: string[] = [];
    c.start((why) => told.push(why));
    clock.now = 1000;
    c.input({ type: 'pointer-move', at: { x: 0.5, y: 0.5 } });
    moveCursor(960, 540);
    clock.now = 1200;
    timers.forEach((run) => run());
    expect(told).toEqual([]);
    moveCursor(100, 900);
    clock.now = 1300;
    timers.forEach((run) => run());
    expect(told).toEqual(['local-input']);
    expect(c.input({ type: 'pointer-move', at: { x: 0.5, y: 0.5 } })).toEqual({ ok: false, refused: 'paused' });
    expect(log.at(-1)).toBe('refused paused');
  });

  it('refuses to start on a shared window, whose place on screen it cannot know', () => {
    const { c } = controller(null);
    expect(c.start(() => undefined)).toMatchObject({ ok: false, reason: expect.stringContaining('window') });
  });
});
