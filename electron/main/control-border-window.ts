import { createSecureWindow } from './secure-window';
import { APP_ORIGIN } from './security/security-policy';

/**
 * While the engineer is in control: a coloured frame around the controlled screen, above every
 * other window, that lets every click through and never takes the focus.
 */
export function createControlBorder(preloadPath: string, bounds: () => { x: number; y: number; width: number; height: number }) {
  let window: ReturnType<typeof createSecureWindow> | null = null;
  return {
    show(): void {
      if (!window || window.isDestroyed()) {
        window = createSecureWindow(
          { frame: false, transparent: true, focusable: false, skipTaskbar: true, resizable: false, show: false, hasShadow: false },
          preloadPath,
        );
        window.setIgnoreMouseEvents(true);
        window.setAlwaysOnTop(true, 'screen-saver');
        window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
        void window.loadURL(`${APP_ORIGIN}/border.html`);
      }
      const { x, y, width, height } = bounds();
      window.setBounds({ x, y, width, height });
      window.showInactive();
    },
    hide(): void {
      window?.hide();
    },
  };
}
