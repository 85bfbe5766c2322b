import { screen } from 'electron';
import type { SharingState } from '@firstline/bridge-contract';
import { createSecureWindow } from './secure-window';
import { APP_ORIGIN } from './security/security-policy';
import type { BarWindow } from './services/sharing-bar-controller';

const WIDTH = 720;
const HEIGHT = 52;

/** A small frameless bar above every other window, top-centre, while the customer shares. */
export function createSharingBarWindow(preloadPath: string): BarWindow {
  const area = screen.getPrimaryDisplay().workArea;
  const window = createSecureWindow(
    {
      width: WIDTH,
      height: HEIGHT,
      x: Math.round(area.x + (area.width - WIDTH) / 2),
      y: area.y + 8,
      frame: false,
      resizable: false,
      movable: true,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      show: false,
    },
    preloadPath,
  );
  // Above full-screen apps too, and on every workspace, so the customer always sees it.
  window.setAlwaysOnTop(true, 'screen-saver');
  window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  window.setContentProtection(true);
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const loaded = window.loadURL(`${APP_ORIGIN}/bar.html`);
  return {
    showWith(state: SharingState) {
      void loaded.then(() => {
        window.webContents.send('sharing:state', state);
        window.showInactive();
      });
    },
    hide: () => window.hide(),
    isDestroyed: () => window.isDestroyed(),
  };
}
