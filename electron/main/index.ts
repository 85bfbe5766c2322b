import { join } from 'node:path';
import { app, clipboard, desktopCapturer, session } from 'electron';
import { DEFAULT_FILE_SIZE_LIMIT } from '@firstline/protocol';
import { createCollector } from '../diagnostics/collector';
import { createDownloadWriter } from '../files/download-writer';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { createCustomerWindow } from './customer-window';
import { registerIpc } from './ipc/register-ipc';
import { isOwnPage } from './security/security-policy';
import { createScreenSourceService } from './services/screen-sources';
import { createSharingBarController } from './services/sharing-bar-controller';
import { createSharingBarWindow } from './sharing-bar-window';
import { hardenSession } from './session-security';
import { wireRemoteControl } from './remote-control-wiring';
import { createSharedSurface } from './shared-surface';
import { createAnnotationOverlayWindow } from './annotation-overlay-window';
import { createAnnotationOverlayController } from './services/annotation-overlay-controller';

// Composition root of the desktop app: wire services, security handlers and the window.
const serverUrl = process.env.FIRSTLINE_SERVER_URL ?? 'http://127.0.0.1:4000';
const rendererRoot = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

registerAppScheme();
app.enableSandbox();

app
  .whenReady()
  .then(() => {
    serveAppProtocol(rendererRoot);
    const screens = createScreenSourceService({ getSources: (options) => desktopCapturer.getSources(options) });
    hardenSession(session.defaultSession, screens);
    const customerWindow = createCustomerWindow(preloadPath);
    // The sharing bar must never outlive the customer's window.
    customerWindow.on('closed', () => app.quit());
    const sharingBar = createSharingBarController({
      createBar: () => createSharingBarWindow(preloadPath),
      sendToCustomer: (command) => customerWindow.webContents.send('sharing:command', command),
    });
    const log = (message: string) => console.warn(`[firstline] ${message}`);
    const surface = createSharedSurface(screens);
    const remoteControl = wireRemoteControl({ surface, preloadPath, log });
    // Control never outlives the customer's window.
    customerWindow.on('closed', () => remoteControl.stop());
    // Files the engineer sends land in Downloads; the limit is the server's, which the page also enforces.
    const downloads = createDownloadWriter({ directory: app.getPath('downloads'), maxBytes: DEFAULT_FILE_SIZE_LIMIT });
    void downloads.sweepLeftovers();
    customerWindow.on('closed', () => void downloads.abortAll());
    const annotations = createAnnotationOverlayController({
      createOverlay: () => createAnnotationOverlayWindow(preloadPath, () => surface.dipBounds()),
    });
    registerIpc({
      annotations,
      downloads,
      screens,
      sharingBar,
      remoteControl,
      clipboard,
      collector: createCollector({ internetHost: process.env.FIRSTLINE_CHECK_HOST ?? 'example.com' }),
      appInfo: () => ({ serverUrl, version: app.getVersion(), platform: process.platform }),
      log,
    });
  })
  .catch((err: unknown) => {
    console.error(`[firstline] the desktop app could not start: ${err instanceof Error ? err.message : String(err)}`);
    app.quit();
  });

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => app.quit());
