import { createRequire } from 'node:module';
import { screen } from 'electron';
import { dipRect, dipRectFor, injectorRectFor, type DipRect, type InjectorRect } from '../control/coordinate-spaces';
import { windowHandleOf, windowRectFor, type WindowRectSource } from '../control/window-rects';
import type { ScreenSourceService } from './services/screen-sources';

/**
 * Where the shared screen or window is, in the injector's coordinates (remote control) and in DIP
 * (the frame and the drawing overlay laid over it). A window is looked up by its native handle
 * each time, so a window the customer moves is followed.
 */
export function createSharedSurface(screens: ScreenSourceService) {
  const platform = process.platform;
  const windows = (createRequire(__filename)('@nut-tree-fork/libnut/dist/import_libnut') as { libnut: WindowRectSource }).libnut;
  const windowRect = (): InjectorRect | null => {
    const handle = windowHandleOf(screens.sharedSourceId() ?? '');
    return handle === null ? null : windowRectFor(windows, handle);
  };
  const display = () => screen.getAllDisplays().find((d) => String(d.id) === screens.sharedDisplayId()) ?? null;
  return {
    injectorRect(): InjectorRect | null {
      const shown = display();
      if (!shown) return windowRect();
      const surface = { kind: 'display', bounds: dipRect(shown.bounds), scaleFactor: shown.scaleFactor } as const;
      return injectorRectFor(surface, platform, (r) => screen.dipToScreenRect(null, r));
    },
    dipBounds(): DipRect {
      const shown = display();
      if (shown) return dipRect(shown.bounds);
      const rect = windowRect();
      if (!rect) return dipRect(screen.getPrimaryDisplay().bounds);
      return dipRectFor(rect, screen.getPrimaryDisplay().scaleFactor, platform, (r) => screen.screenToDipRect(null, r));
    },
  };
}
export type SharedSurface = ReturnType<typeof createSharedSurface>;
