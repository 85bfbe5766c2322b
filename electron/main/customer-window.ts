import { BrowserWindow } from 'electron';
import { openExternalLink } from './external-links';
import { APP_ORIGIN, externalLinkFor, isOwnPage } from './security/security-policy';

/** The customer's window: sandboxed, isolated, our pages only; links leave only via the allow-list. */
export function createCustomerWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    title: 'Firstline',
    show: false,
    webPreferences: {
      // Reviewed: the preload exposes only the bridge-contract methods, each validated in main/ipc.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    const link = externalLinkFor(url);
    if (link) openExternalLink(link);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/join.html`);
  return window;
}
