import type { AnnotationUpdate } from '@firstline/protocol';
import { createSecureWindow } from './secure-window';
import { APP_ORIGIN } from './security/security-policy';
import type { OverlayWindow } from './services/annotation-overlay-controller';

/**
 * A transparent window over the shared display, above everything, that every click goes through
 * and that never takes the focus. It is left out of the capture, so the engineer's picture does
 * not show their drawings twice (their console draws them over the picture already).
 */
export function createAnnotationOverlayWindow(
  preloadPath: string,
  bounds: () => { x: number; y: number; width: number; height: number },
): OverlayWindow {
  const window = createSecureWindow(
    { frame: false, transparent: true, focusable: false, skipTaskbar: true, resizable: false, show: false, hasShadow: false },
    preloadPath,
  );
  window.setIgnoreMouseEvents(true);
  window.setAlwaysOnTop(true, 'screen-saver');
  window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  window.setContentProtection(true);
  const loaded = window.loadURL(`${APP_ORIGIN}/overlay.html`);
  return {
    show(update: AnnotationUpdate) {
      void loaded.then(() => {
        const { x, y, width, height } = bounds();
        window.setBounds({ x, y, width, height });
        window.webContents.send('annotation:update', update);
        if (!window.isVisible()) window.showInactive();
      });
    },
    hide: () => window.hide(),
    isDestroyed: () => window.isDestroyed(),
  };
}
