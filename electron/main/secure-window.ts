import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { isOwnPage } from './security/security-policy';

/**
 * The one place Firstline makes a window: isolated, sandboxed, no Node, our pages only. The
 * preferences stay a literal here so Electronegativity (and a reader) can check them.
 */
export function createSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
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
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  return window;
}
