import type { InjectorPoint } from './coordinate-spaces';

/**
 * Tells the customer's own mouse and keyboard from the engineer's. Mouse: the pointer is somewhere
 * the last injected move did not put it, and no injection happened just now. Keyboard: a key seen
 * by the global hook that no injected key explains (injected keys reach the hook too, within a few
 * milliseconds). Pure: the caller samples the pointer, reports the keys, and gives the clock.
 */
export function createLocalInputDetector(options: { tolerancePx?: number; settleMs?: number; keySettleMs?: number } = {}) {
  const tolerance = options.tolerancePx ?? 3;
  const settle = options.settleMs ?? 120;
  // The hook sees an injected key a few milliseconds later; a busy machine can take longer.
  const keySettle = options.keySettleMs ?? 250;
  let lastInjected: { point: InjectorPoint; at: number } | null = null;
  let lastInjectedKey = -Infinity;
  return {
    /** Every key the injector presses or releases. */
    injectedKey(at: number): void {
      lastInjectedKey = at;
    },
    /** A key the global hook saw: true when the customer pressed it. */
    keyPressed(at: number): boolean {
      return at - lastInjectedKey >= keySettle;
    },
    /** Every position the injector moves to. */
    injected(point: InjectorPoint, at: number): void {
      lastInjected = { point, at };
    },
    /** A sample of where the pointer is now: true when the customer moved it. */
    sample(pointer: InjectorPoint, at: number): boolean {
      if (!lastInjected) {
        lastInjected = { point: pointer, at: -Infinity };
        return false;
      }
      if (at - lastInjected.at < settle) return false;
      const moved = Math.abs(pointer.x - lastInjected.point.x) > tolerance || Math.abs(pointer.y - lastInjected.point.y) > tolerance;
      // Follow the customer's pointer, so one movement is reported once.
      if (moved) lastInjected = { point: pointer, at: -Infinity };
      return moved;
    },
    reset(): void {
      lastInjected = null;
      lastInjectedKey = -Infinity;
    },
  };
}

export type LocalInputDetector = ReturnType<typeof createLocalInputDetector>;
