import type { NormalizedPoint } from '@firstline/protocol';

/**
 * Three coordinate spaces, one type each, so the maths cannot mix them up:
 * - NormalizedPoint (protocol): 0–1 across the shared surface, what the engineer sends;
 * - DipRect: Electron's device-independent pixels (screen.getAllDisplays(), window bounds);
 * - InjectorRect / InjectorPoint: what the input injector moves to on this platform.
 */
export interface DipRect {
  readonly space: 'dip';
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface InjectorRect {
  readonly space: 'injector';
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface InjectorPoint {
  readonly space: 'injector';
  x: number;
  y: number;
}

export const dipRect = (r: { x: number; y: number; width: number; height: number }): DipRect => ({ space: 'dip', ...r });

/** What is being shared, in Electron's terms: a display (its bounds and scale) or a window (its bounds, on a display). */
export type SharedSurface =
  { kind: 'display'; bounds: DipRect; scaleFactor: number } | { kind: 'window'; bounds: DipRect; scaleFactor: number };

/**
 * Where the injector's coordinates come from, per platform:
 * - Windows: physical pixels laid out per monitor; Electron's screen.dipToScreenRect converts.
 * - macOS: points, the same as DIP.
 * - Linux (X11): physical pixels of one framebuffer with one scale factor: DIP × scale.
 */
export type DipToScreenRect = (rect: { x: number; y: number; width: number; height: number }) => {
  x: number;
  y: number;
  width: number;
  height: number;
};

export function injectorRectFor(surface: SharedSurface, platform: NodeJS.Platform, dipToScreenRect: DipToScreenRect): InjectorRect {
  const { x, y, width, height } = surface.bounds;
  if (platform === 'win32') return { space: 'injector', ...dipToScreenRect({ x, y, width, height }) };
  if (platform === 'darwin') return { space: 'injector', x, y, width, height };
  const s = surface.scaleFactor;
  return { space: 'injector', x: Math.round(x * s), y: Math.round(y * s), width: Math.round(width * s), height: Math.round(height * s) };
}

/** Where the pointer is (Electron's screen.getCursorScreenPoint, in DIP), in the injector's coordinates. */
export function injectorPointFor(
  dip: { x: number; y: number },
  scaleFactor: number,
  platform: NodeJS.Platform,
  dipToScreenPoint: (p: { x: number; y: number }) => { x: number; y: number },
): InjectorPoint {
  if (platform === 'win32') return { space: 'injector', ...dipToScreenPoint(dip) };
  if (platform === 'darwin') return { space: 'injector', x: dip.x, y: dip.y };
  return { space: 'injector', x: Math.round(dip.x * scaleFactor), y: Math.round(dip.y * scaleFactor) };
}

/** A normalised point on the shared surface, as the injector's pixel: inside the surface, never past its edge. */
export function toInjectorPoint(point: NormalizedPoint, target: InjectorRect): InjectorPoint {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return {
    space: 'injector',
    x: target.x + Math.min(target.width - 1, Math.floor(clamp(point.x) * target.width)),
    y: target.y + Math.min(target.height - 1, Math.floor(clamp(point.y) * target.height)),
  };
}

/** The other way: an injector rectangle (a shared window) in DIP, to lay Firstline's frame and overlay over it. */
export function dipRectFor(
  rect: InjectorRect,
  scaleFactor: number,
  platform: NodeJS.Platform,
  screenToDipRect: (r: { x: number; y: number; width: number; height: number }) => { x: number; y: number; width: number; height: number },
): DipRect {
  const { x, y, width, height } = rect;
  if (platform === 'win32') return dipRect(screenToDipRect({ x, y, width, height }));
  if (platform === 'darwin') return dipRect({ x, y, width, height });
  const s = scaleFactor;
  return dipRect({ x: Math.round(x / s), y: Math.round(y / s), width: Math.round(width / s), height: Math.round(height / s) });
}
