import { createRequire } from 'node:module';
import { BrowserWindow, globalShortcut, screen } from 'electron';
import { createControlGate } from '../control/control-gate';
import { injectorPointFor, type InjectorPoint } from '../control/coordinate-spaces';
import { createRobotInjector, type Injector, type RobotLike } from '../control/injector';
import { createKeyboardWatch, type UiohookLike } from '../control/keyboard-watch';
import { createLocalInputDetector } from '../control/local-input';
import { createControlBorder } from './control-border-window';
import { createRemoteControlController } from './services/remote-control-controller';
import type { SharedSurface } from './shared-surface';

/** Electron's parts of remote control, put together: the real injector, screens, shortcut and frame. */
export function wireRemoteControl(deps: { surface: SharedSurface; preloadPath: string; log: (message: string) => void }) {
  const platform = process.platform;
  const toInjector = (dip: { x: number; y: number }): InjectorPoint =>
    injectorPointFor(dip, screen.getDisplayNearestPoint(dip).scaleFactor, platform, (p) => screen.dipToScreenPoint(p));
  const detector = createLocalInputDetector();
  const robot = createRequire(__filename)('@jitsi/robotjs') as RobotLike;
  const real = createRobotInjector(robot);
  const injector: Injector = {
    ...real,
    moveTo: (p) => (detector.injected(p, Date.now()), real.moveTo(p)),
    key: (key, down, modifiers) => (detector.injectedKey(Date.now()), real.key(key, down, modifiers)),
  };
  const keyboard = createKeyboardWatch((createRequire(__filename)('uiohook-napi') as { uIOhook: UiohookLike }).uIOhook);
  // Firstline's own windows (the customer's window, prompts, the sharing bar) are out of the engineer's reach.
  const ownWindows = () => BrowserWindow.getAllWindows().filter((w) => w.isVisible() && w.isFocusable());
  const gate = createControlGate({
    injector,
    now: Date.now,
    onRefused: (reason) => deps.log(`remote input refused: ${reason}`),
    isProtected: (p) =>
      ownWindows().some((w) => {
        const b = w.getBounds();
        const a = toInjector({ x: b.x, y: b.y });
        const z = toInjector({ x: b.x + b.width, y: b.y + b.height });
        return p.x >= a.x && p.x < z.x && p.y >= a.y && p.y < z.y;
      }),
    keyboardProtected: () => BrowserWindow.getFocusedWindow() !== null,
  });
  return createRemoteControlController({
    gate,
    detector,
    sharedSurface: () => deps.surface.injectorRect(),
    cursor: () => toInjector(screen.getCursorScreenPoint()),
    keyboard,
    shortcut: {
      register: (accelerator, onPress) => globalShortcut.register(accelerator, onPress),
      unregister: (a) => globalShortcut.unregister(a),
    },
    border: createControlBorder(deps.preloadPath, () => deps.surface.dipBounds()),
    every: (ms, run) => {
      const timer = setInterval(run, ms);
      return () => clearInterval(timer);
    },
    now: Date.now,
    platform,
  });
}
