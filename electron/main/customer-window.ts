import { BrowserWindow, shell } from 'electron';
import { APP_ORIGIN, isAllowedExternalUrl, isOwnPage, secureWebPreferences } from './security/security-policy';

/** The customer's window: sandboxed, our pages only; links go out only through the allow-list. */
export function createCustomerWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    title: 'Firstline',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
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
