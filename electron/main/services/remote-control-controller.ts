import type { ControlInterruption } from '@firstline/bridge-contract';
import type { ControlGate } from '../../control/control-gate';
import type { InjectorPoint, InjectorRect } from '../../control/coordinate-spaces';
import type { KeyboardWatch } from '../../control/keyboard-watch';
import type { LocalInputDetector } from '../../control/local-input';

/** The shortcut that takes control back, registered only while the engineer is in control. */
export const TAKE_BACK_ACCELERATOR = 'Control+Alt+Shift+X';
export const takeBackLabel = (platform: NodeJS.Platform) => (platform === 'darwin' ? '⌃⌥⇧X' : 'Ctrl+Alt+Shift+X');

export interface RemoteControlDeps {
  gate: ControlGate;
  detector: LocalInputDetector;
  /** The screen or window being shared, in the injector's coordinates; null when it cannot be found. */
  sharedSurface(): InjectorRect | null;
  /** Where the pointer is, in the injector's coordinates. */
  cursor(): InjectorPoint;
  shortcut: { register(accelerator: string, onPress: () => void): boolean; unregister(accelerator: string): void };
  /** The coloured frame around the controlled screen. */
  border: { show(): void; hide(): void };
  every(ms: number, run: () => void): () => void;
  /** Key presses anywhere on the machine, so the customer's own typing pauses remote input. */
  keyboard?: KeyboardWatch;
  now(): number;
  platform: NodeJS.Platform;
}

/**
 * The desktop app's side of remote control: starts injecting only when the customer granted it,
 * frames the controlled screen, registers the take-back shortcut, and watches the customer's own
 * mouse and keyboard; stops all of it at once. Electron's parts are passed in, so this is tested in Node.
 */
export function createRemoteControlController(deps: RemoteControlDeps) {
  let active: { stopWatching: () => void; shortcut: boolean } | null = null;

  function stop(): { ok: boolean } {
    deps.gate.revoke();
    if (active) {
      active.stopWatching();
      if (active.shortcut) deps.shortcut.unregister(TAKE_BACK_ACCELERATOR);
      deps.border.hide();
    }
    active = null;
    return { ok: true };
  }

  return {
    start(notify: (why: ControlInterruption) => void): { ok: boolean; shortcut: string; reason: string | null } {
      const surface = deps.sharedSurface();
      if (!surface) return { ok: false, shortcut: '', reason: 'The shared screen or window cannot be found' };
      stop();
      deps.gate.grant(surface);
      deps.detector.reset();
      const shortcut = deps.shortcut.register(TAKE_BACK_ACCELERATOR, () => {
        stop();
        notify('shortcut');
      });
      deps.border.show();
      const localInput = () => {
        deps.gate.localInput();
        notify('local-input');
      };
      let current = surface;
      const stopPointer = deps.every(50, () => {
        // A shared window moves and resizes: input keeps landing where the engineer sees it.
        const now = deps.sharedSurface();
        if (now && (now.x !== current.x || now.y !== current.y || now.width !== current.width || now.height !== current.height)) {
          current = now;
          deps.gate.retarget(now);
          deps.border.show();
        }
        if (deps.detector.sample(deps.cursor(), deps.now())) localInput();
      });
      const stopKeys = deps.keyboard?.watch(() => deps.detector.keyPressed(deps.now()) && localInput());
      const stopWatching = () => {
        stopPointer();
        stopKeys?.();
      };
      active = { stopWatching, shortcut };
      return { ok: true, shortcut: shortcut ? takeBackLabel(deps.platform) : '', reason: null };
    },
    input(message: unknown): { ok: boolean; refused: string | null } {
      const refused = deps.gate.handle(message);
      return { ok: refused === null, refused };
    },
    stop,
    get active(): boolean {
      return active !== null;
    },
  };
}

export type RemoteControlController = ReturnType<typeof createRemoteControlController>;
