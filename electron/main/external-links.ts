import { shell } from 'electron';
import type { ExternalLink } from './security/security-policy';

/** Opens an allow-listed link. Each URL is a literal, so nothing a page sends reaches the shell. */
export function openExternalLink(link: ExternalLink): void {
  if (link === 'help') void shell.openExternal('https://firstline.app/help');
  if (link === 'privacy') void shell.openExternal('https://firstline.app/privacy');
}
