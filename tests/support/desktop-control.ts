import type { ControlInterruption } from '@firstline/bridge-contract';
import { createControlGate } from '../../electron/control/control-gate';
import type { InjectorRect } from '../../electron/control/coordinate-spaces';
import type { Injector } from '../../electron/control/injector';
import { createLocalInputDetector } from '../../electron/control/local-input';
import { createRemoteControlController } from '../../electron/main/services/remote-control-controller';

/**
 * The desktop app's remote control as its main process wires it (controller, gate, local-input
 * detector), with the injector given and Electron's parts (screens, shortcut, border) stood in for.
 * `handlers` answers the control bridge channels of the fake desktop app.
 */
export function createDesktopControl(options: {
  injector: Injector;
  sharedSurface: () => InjectorRect | null;
  onBorder?: (shown: boolean) => void;
  emitInterrupted: (why: ControlInterruption) => void;
}) {
  const shortcuts = new Map<string, () => void>();
  const gate = createControlGate({ injector: options.injector, now: Date.now, onRefused: () => undefined });
  const controller = createRemoteControlController({
    gate,
    detector: createLocalInputDetector(),
    sharedSurface: options.sharedSurface,
    cursor: () => ({ space: 'injector', x: 0, y: 0 }),
    shortcut: { register: (accelerator, run) => (shortcuts.set(accelerator, run), true), unregister: (a) => void shortcuts.delete(a) },
    border: { show: () => options.onBorder?.(true), hide: () => options.onBorder?.(false) },
    every: () => () => undefined,
    now: Date.now,
    platform: 'linux',
  });
  return {
    controller,
    shortcuts,
    handlers: {
      'control:start': () => controller.start(options.emitInterrupted),
      'control:input': (input: unknown) => controller.input(input),
      'control:stop': () => controller.stop(),
    },
  };
}
