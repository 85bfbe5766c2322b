import type { InjectorPoint } from './coordinate-spaces';

/**
 * Tells the customer's own mouse from the engineer's: the pointer is somewhere the last injected
 * move did not put it, and no injection happened just now. Pure: the caller samples the pointer
 * (Electron's screen.getCursorScreenPoint, in the injector's coordinates) and the clock.
 */
export function createLocalInputDetector(options: { tolerancePx?: number; settleMs?: number } = {}) {
  const tolerance = options.tolerancePx ?? 3;
  const settle = options.settleMs ?? 120;
  let lastInjected: { point: InjectorPoint; at: number } | null = null;
  return {
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
    },
  };
}

export type LocalInputDetector = ReturnType<typeof createLocalInputDetector>;
