import { BRIDGE_GLOBAL, type DesktopBridge, type ScreenSource, type SharingCommand, type SharingState } from '@firstline/bridge-contract';

/**
 * What the customer UI needs from its host. In the desktop app the preload provides it (screens
 * and windows with thumbnails, picked in our own UI); in a browser, getDisplayMedia's own picker.
 */
export interface CustomerBridge {
  kind: 'desktop' | 'browser';
  /** The signalling server; '' means the page's own origin. */
  serverUrl(): Promise<string>;
  /** Desktop only: the sources to offer in Firstline's own picker. */
  listSources: (() => Promise<ScreenSource[]>) | null;
  captureScreen(sourceId?: string): Promise<MediaStream>;
  /** Desktop only: the always-on-top bar that mirrors the in-page one while sharing. */
  sharingBar: { update(state: SharingState): void; onCommand(listener: (command: SharingCommand) => void): () => void } | null;
}

const CAPTURE: DisplayMediaStreamOptions = { video: { frameRate: { ideal: 30, max: 30 } }, audio: false };

function desktopBridge(desktop: DesktopBridge): CustomerBridge {
  return {
    kind: 'desktop',
    serverUrl: async () => (await desktop.appInfo()).serverUrl,
    listSources: () => desktop.listScreenSources(),
    async captureScreen(sourceId) {
      if (!sourceId) throw new Error('Pick a screen or window first');
      await desktop.chooseScreenSource(sourceId);
      // The main process's display-media handler grants exactly the source chosen above.
      return navigator.mediaDevices.getDisplayMedia(CAPTURE);
    },
    sharingBar: {
      update: (state) => void desktop.updateSharing(state),
      onCommand: (listener) => desktop.onSharingCommand(listener),
    },
  };
}

export const browserBridge: CustomerBridge = {
  kind: 'browser',
  serverUrl: async () => '',
  listSources: null,
  captureScreen: () => navigator.mediaDevices.getDisplayMedia(CAPTURE),
  sharingBar: null,
};

export function getCustomerBridge(host: Record<string, unknown> = window as unknown as Record<string, unknown>): CustomerBridge {
  const desktop = host[BRIDGE_GLOBAL] as DesktopBridge | undefined;
  return desktop ? desktopBridge(desktop) : browserBridge;
}
