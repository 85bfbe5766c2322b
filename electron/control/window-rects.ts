import type { InjectorRect } from './coordinate-spaces';

/** The part of @nut-tree-fork/libnut used: a window's rectangle by its native handle. */
export interface WindowRectSource {
  getWindowRect(handle: number): { x: number; y: number; width: number; height: number };
}

/**
 * desktopCapturer names a window source "window:<native handle>:<n>": the X11 window id, the
 * Windows HWND or the macOS CGWindowID, the same handle the native libraries take.
 */
export function windowHandleOf(sourceId: string): number | null {
  const match = /^window:(\d+):\d+$/.exec(sourceId);
  const handle = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(handle) && handle > 0 ? handle : null;
}

/**
 * Where a shared window is now, in the injector's coordinates (libnut reports them as the
 * injectors expect: X11 and Windows physical pixels, macOS points); null once it is gone or hidden.
 */
export function windowRectFor(source: WindowRectSource, handle: number): InjectorRect | null {
  try {
    const { x, y, width, height } = source.getWindowRect(handle);
    return width > 0 && height > 0 ? { space: 'injector', x, y, width, height } : null;
  } catch {
    return null;
  }
}
