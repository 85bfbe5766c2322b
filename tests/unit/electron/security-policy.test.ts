import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bridgeChannels } from '@firstline/bridge-contract';
import { resolveAppFile } from '../../../electron/main/security/app-protocol-path';
import { externalLinkFor, isOwnPage, isPermissionAllowed } from '../../../electron/main/security/security-policy';
import { createScreenSourceService } from '../../../electron/main/services/screen-sources';

describe('electron security policy', () => {
  it('recognises only our own app:// pages', () => {
    expect(isOwnPage('app://firstline/join.html')).toBe(true);
    expect(isOwnPage('app://evil/join.html')).toBe(false);
    expect(isOwnPage('https://firstline/join.html')).toBe(false);
    expect(isOwnPage('file:///etc/passwd')).toBe(false);
    expect(isOwnPage('not a url')).toBe(false);
  });

  it('allows display capture from our pages and nothing else', () => {
    expect(isPermissionAllowed('display-capture', 'app://firstline/join.html')).toBe(true);
    expect(isPermissionAllowed('media', 'app://firstline/join.html', ['video'])).toBe(true);
    expect(isPermissionAllowed('media', 'app://firstline/join.html', ['audio'])).toBe(false);
    expect(isPermissionAllowed('media', 'app://firstline/join.html', [])).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi']) {
      expect(isPermissionAllowed(p, 'app://firstline/join.html')).toBe(false);
    }
    expect(isPermissionAllowed('display-capture', 'https://example.com/')).toBe(false);
  });

  it('opens only exact https links on the allow-list', () => {
    expect(externalLinkFor('https://firstline.app/help')).toBe('help');
    expect(externalLinkFor('https://firstline.app/help?ref=app#top')).toBe('help');
    expect(externalLinkFor('https://firstline.app/privacy')).toBe('privacy');
    expect(externalLinkFor('https://firstline.app/other')).toBeNull();
    expect(externalLinkFor('http://firstline.app/help')).toBeNull();
    expect(externalLinkFor('https://user:pw@firstline.app/help')).toBeNull();
    expect(externalLinkFor('https://firstline.app.evil.com/help')).toBeNull();
    expect(externalLinkFor('file:///C:/Windows/system32/calc.exe')).toBeNull();
    expect(externalLinkFor('smb://attacker/share')).toBeNull();
  });

  it('gives our pages one strict CSP, in the header and in the meta tag alike', () => {
    const header = /'Content-Security-Policy': \[\s*"([^"]+)"/.exec(readFileSync('electron/main/session-security.ts', 'utf8'))?.[1];
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync('renderer/pages/page.html', 'utf8'))?.[1];
    expect(header).toBeDefined();
    // frame-ancestors is ignored in a meta tag, so the header carries it alone.
    expect(meta).toBe(header!.replace("; frame-ancestors 'none'", ''));
    // WebAssembly may be compiled (file hashing), JavaScript may never be evaluated from strings.
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(header).toContain("object-src 'none'");
  });

  it('serves app:// files only from inside the renderer folder', () => {
    const root = resolve('/srv/renderer');
    expect(resolveAppFile('app://firstline/join.html', root)).toEqual({
      file: join(root, 'join.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile('app://firstline/assets/join.js', root)?.file).toBe(join(root, 'assets/join.js'));
    expect(resolveAppFile('app://firstline/../../etc/passwd', root)).toBeNull();
    // The URL parser folds encoded dot segments at the root, so the path stays inside it.
    expect(resolveAppFile('app://firstline/%2e%2e/%2e%2e/etc/passwd.html', root)?.file).toBe(join(root, 'etc/passwd.html'));
    expect(resolveAppFile('app://firstline/assets%2f..%2f..%2f..%2fetc%2fpasswd.html', root)).toBeNull();
    expect(resolveAppFile('app://firstline/', root)).toBeNull();
    expect(resolveAppFile('app://firstline/secret.sqlite', root)).toBeNull();
  });

  it('validates bridge arguments against the contract', () => {
    expect(bridgeChannels['screen:choose-source'].args.safeParse(['screen:1:0']).success).toBe(true);
    expect(bridgeChannels['screen:choose-source'].args.safeParse([{ id: 1 }]).success).toBe(false);
    expect(bridgeChannels['screen:list-sources'].args.safeParse(['extra']).success).toBe(false);
  });
});

describe('screen source service', () => {
  const sources = [
    { id: 'screen:1:0', name: 'Entire screen', thumbnail: { toDataURL: () => 'data:image/png;base64,AA' } },
    { id: 'window:42:0', name: 'Printer settings', thumbnail: { toDataURL: () => 'data:image/png;base64,BB' } },
  ];
  const service = () => createScreenSourceService({ getSources: async () => sources });

  it('lists screens and windows with thumbnails', async () => {
    expect(await service().list()).toEqual([
      { id: 'screen:1:0', name: 'Entire screen', kind: 'screen', thumbnailDataUrl: 'data:image/png;base64,AA' },
      { id: 'window:42:0', name: 'Printer settings', kind: 'window', thumbnailDataUrl: 'data:image/png;base64,BB' },
    ]);
  });

  it('grants exactly the chosen source, once, and nothing unknown', async () => {
    const s = service();
    expect(await s.takeChosen()).toBeNull();
    expect(await s.choose('window:99:0')).toEqual({ ok: false });
    expect(await s.takeChosen()).toBeNull();
    expect(await s.choose('window:42:0')).toEqual({ ok: true });
    expect((await s.takeChosen())?.name).toBe('Printer settings');
    expect(await s.takeChosen()).toBeNull();
  });
});
