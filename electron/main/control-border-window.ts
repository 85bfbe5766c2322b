import { screen } from 'electron';
import { createSecureWindow } from './secure-window';
import { APP_ORIGIN } from './security/security-policy';

/**
 * While the engineer is in control: a coloured frame around the controlled screen, above every
 * other window, that lets every click through and never takes the focus.
 */
export function createControlBorder(preloadPath: string, displayId: () => string | null) {
  let window: ReturnType<typeof createSecureWindow> | null = null;
  return {
    show(): void {
      const display = screen.getAllDisplays().find((d) => String(d.id) === displayId()) ?? screen.getPrimaryDisplay();
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
      window.setBounds(display.bounds);
      window.showInactive();
    },
    hide(): void {
      window?.hide();
    },
  };
}
