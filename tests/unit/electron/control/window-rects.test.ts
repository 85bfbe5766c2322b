import { describe, expect, it } from 'vitest';
import { dipRectFor } from '../../../../electron/control/coordinate-spaces';
import { windowHandleOf, windowRectFor } from '../../../../electron/control/window-rects';

describe('a shared window', () => {
  it('is found by the native handle in its desktopCapturer id', () => {
    expect(windowHandleOf('window:2097153:0')).toBe(2097153);
    expect(windowHandleOf('window:65890:1')).toBe(65890);
    for (const id of ['screen:0:0', 'window:abc:0', 'window:0:0', 'window:99999999999999999999:0', '', 'window:12']) {
      expect(windowHandleOf(id), id).toBeNull();
    }
  });

  it('has a rectangle while it exists, and none once it is gone or minimised', () => {
    const rects = new Map([
      [7, { x: -1280, y: 100, width: 800, height: 600 }],
      [8, { x: 0, y: 0, width: 0, height: 0 }],
    ]);
    const source = {
      getWindowRect: (handle: number) => {
        const rect = rects.get(handle);
        if (!rect) throw new Error('BadWindow');
        return rect;
      },
    };
    expect(windowRectFor(source, 7)).toEqual({ space: 'injector', x: -1280, y: 100, width: 800, height: 600 });
    expect(windowRectFor(source, 8)).toBeNull();
    expect(windowRectFor(source, 9)).toBeNull();
  });

  it('is laid over in DIP: X11 pixels divided by the scale, macOS points as they are, Windows through Electron', () => {
    const rect = { space: 'injector', x: 300, y: 150, width: 1500, height: 900 } as const;
    const noWindows = () => {
      throw new Error('not Windows');
    };
    expect(dipRectFor(rect, 1.5, 'linux', noWindows)).toEqual({ space: 'dip', x: 200, y: 100, width: 1000, height: 600 });
    expect(dipRectFor(rect, 2, 'darwin', noWindows)).toEqual({ space: 'dip', x: 300, y: 150, width: 1500, height: 900 });
    const halve = (r: { x: number; y: number; width: number; height: number }) => ({
      x: r.x / 2,
      y: r.y / 2,
      width: r.width / 2,
      height: r.height / 2,
    });
    expect(dipRectFor(rect, 2, 'win32', halve)).toEqual({ space: 'dip', x: 150, y: 75, width: 750, height: 450 });
  });
});
