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

/** An IPC call is accepted only from one of our own pages that the contract lists for it. */
export function isAllowedSender(url: string, pages: readonly string[]): boolean {
  if (!isOwnPage(url)) return false;
  return pages.includes(new URL(url).pathname.replace(/^\//, ''));
}

/** Only our own pages may ask for anything, and only for what a screen share needs. */
export function isPermissionAllowed(permission: string, requestingUrl: string, mediaTypes: readonly string[] = []): boolean {
  if (!isOwnPage(requestingUrl)) return false;
  if (permission === 'display-capture') return true;
  if (permission === 'media') return mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video');
  return false;
}

/** The only links that may open in the system browser, by name. */
export type ExternalLink = 'help' | 'privacy';

const EXTERNAL_LINKS: Record<string, ExternalLink> = {
  'https://firstline.app/help': 'help',
  'https://firstline.app/privacy': 'privacy',
};

/** Exact match against the allow-list: https on our own site, nothing else. */
export function externalLinkFor(url: string): ExternalLink | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
    return EXTERNAL_LINKS[`${parsed.origin}${parsed.pathname}`] ?? null;
  } catch {
    return null;
  }
}
