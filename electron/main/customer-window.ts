import type { BrowserWindow } from 'electron';
import { openExternalLink } from './external-links';
import { createSecureWindow } from './secure-window';
import { APP_ORIGIN, externalLinkFor } from './security/security-policy';

/** The customer's window; links leave it only through the allow-list. */
export function createCustomerWindow(preloadPath: string): BrowserWindow {
  const window = createSecureWindow(
    { width: 1100, height: 760, minWidth: 720, minHeight: 520, title: 'Firstline', show: false },
    preloadPath,
  );
  window.webContents.setWindowOpenHandler(({ url }) => {
    const link = externalLinkFor(url);
    if (link) openExternalLink(link);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/join.html`);
  return window;
}
