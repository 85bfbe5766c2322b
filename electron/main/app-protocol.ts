import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppFile } from './security/app-protocol-path';
import { APP_SCHEME } from './security/security-policy';

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the bundled renderer from app://firstline/ instead of file://. */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppFile(request.url, root);
    if (!target) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(target.file), {
        headers: { 'content-type': target.contentType, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
