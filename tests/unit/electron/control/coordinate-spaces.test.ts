import { describe, expect, it } from 'vitest';
import { dipRect, injectorRectFor, toInjectorPoint, type DipToScreenRect } from '../../../../electron/control/coordinate-spaces';

const display = (x: number, y: number, width: number, height: number, scaleFactor: number) =>
  ({ kind: 'display', bounds: dipRect({ x, y, width, height }), scaleFactor }) as const;
const noWindowsConversion: DipToScreenRect = () => {
  throw new Error('only Windows converts through Electron');
};

describe('remote pointer coordinates', () => {
  it('maps a normalised point across the shared display, corners included, never past its edge', () => {
    const target = injectorRectFor(display(0, 0, 1920, 1080, 1), 'linux', noWindowsConversion);
    expect(toInjectorPoint({ x: 0, y: 0 }, target)).toEqual({ space: 'injector', x: 0, y: 0 });
    expect(toInjectorPoint({ x: 0.5, y: 0.5 }, target)).toEqual({ space: 'injector', x: 960, y: 540 });
    expect(toInjectorPoint({ x: 1, y: 1 }, target)).toEqual({ space: 'injector', x: 1919, y: 1079 });
  });

  it('finds a display left of and above the primary one (negative origins)', () => {
    const left = injectorRectFor(display(-1920, -300, 1920, 1080, 1), 'linux', noWindowsConversion);
    expect(toInjectorPoint({ x: 0, y: 0 }, left)).toMatchObject({ x: -1920, y: -300 });
    expect(toInjectorPoint({ x: 0.25, y: 0.5 }, left)).toMatchObject({ x: -1440, y: 240 });
  });

  it.each([1.25, 1.5, 2])('scales DIP to X11 pixels at %s', (scale) => {
    // A 4K panel at this scale reports 3840/scale × 2160/scale DIP; the injector works in real pixels.
    const target = injectorRectFor(display(0, 0, 3840 / scale, 2160 / scale, scale), 'linux', noWindowsConversion);
    expect(target).toEqual({ space: 'injector', x: 0, y: 0, width: 3840, height: 2160 });
    expect(toInjectorPoint({ x: 0.5, y: 0.25 }, target)).toMatchObject({ x: 1920, y: 540 });
    const right = injectorRectFor(display(3840 / scale, 0, 1920 / scale, 1080 / scale, scale), 'linux', noWindowsConversion);
    expect(toInjectorPoint({ x: 0, y: 0 }, right)).toMatchObject({ x: 3840, y: 0 });
  });

  it("uses Electron's own conversion on Windows, where each monitor has its own scale and physical origin", () => {
    // Primary 2560×1440 at 1.5 (1706.67 DIP wide); a 1920×1080 monitor at 1.25 to its left.
    const windowsLayout: DipToScreenRect = (r) =>
      r.x < 0
        ? { x: -1920 + (r.x + 1536) * 1.25, y: r.y * 1.25, width: r.width * 1.25, height: r.height * 1.25 }
        : { x: r.x * 1.5, y: r.y * 1.5, width: r.width * 1.5, height: r.height * 1.5 };
    const leftMonitor = injectorRectFor(display(-1536, 0, 1536, 864, 1.25), 'win32', windowsLayout);
    expect(leftMonitor).toEqual({ space: 'injector', x: -1920, y: 0, width: 1920, height: 1080 });
    expect(toInjectorPoint({ x: 0.5, y: 0.5 }, leftMonitor)).toMatchObject({ x: -960, y: 540 });
    const primary = injectorRectFor(display(0, 0, 2560 / 1.5, 1440 / 1.5, 1.5), 'win32', windowsLayout);
    expect(toInjectorPoint({ x: 1, y: 1 }, primary)).toMatchObject({ x: 2559, y: 1439 });
  });

  it('keeps points (DIP) on macOS', () => {
    const retina = injectorRectFor(display(0, 0, 1512, 982, 2), 'darwin', noWindowsConversion);
    expect(toInjectorPoint({ x: 0.5, y: 0.5 }, retina)).toMatchObject({ x: 756, y: 491 });
  });

  it('maps a shared window onto its own bounds, on whichever display it sits', () => {
    const window = { kind: 'window', bounds: dipRect({ x: -1200, y: 100, width: 800, height: 600 }), scaleFactor: 1.5 } as const;
    const target = injectorRectFor(window, 'linux', noWindowsConversion);
    expect(target).toEqual({ space: 'injector', x: -1800, y: 150, width: 1200, height: 900 });
    expect(toInjectorPoint({ x: 0.5, y: 0.5 }, target)).toMatchObject({ x: -1200, y: 600 });
  });
});
