/**
 * Pure security decisions for the Electron shell, unit-tested in Node. The edges (session handlers,
 * web-contents events, ipcMain) only ask these functions.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'firstline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isOwnPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Only our own pages may ask for anything, and only for what a screen share needs. */
export function isPermissionAllowed(permission: string, requestingUrl: string, mediaTypes: readonly string[] = []): boolean {
  if (!isOwnPage(requestingUrl)) return false;
  if (permission === 'display-capture') return true;
  if (permission === 'media') return mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video');
  return false;
}

const EXTERNAL_ALLOW_LIST = new Set(['firstline.app', 'docs.firstline.app']);

/** Links that may open in the system browser: https on our own sites, nothing else. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && EXTERNAL_ALLOW_LIST.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** The web preferences every Firstline window gets. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
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
  } as const;
}
