import {
  BRIDGE_GLOBAL,
  type ControlInterruption,
  type DesktopBridge,
  type ScreenSource,
  type SharingCommand,
  type SharingState,
} from '@firstline/bridge-contract';
import type {
  AnnotationUpdate,
  ControlInput,
  DiagnosticsConsent,
  DiagnosticsSnapshot,
  LiveMetrics,
  SectionResult,
} from '@firstline/protocol';
import { collectBrowserInfo } from '../features/diagnostics/browser-info';
import { createBrowserDownloadSink, type ReceivedFileSink } from '../features/files/received-file-sink';

/** The machine's inventory: the full one from the desktop app, or what a browser can tell. */
export interface DiagnosticsBridge {
  kind: 'full' | 'browser';
  collect(consent: DiagnosticsConsent, onSection: (section: SectionResult) => void): Promise<DiagnosticsSnapshot>;
  /** Live CPU, memory and network every 2 s; null where the host cannot measure them. */
  watchMetrics: ((onMetrics: (metrics: LiveMetrics) => void) => () => void) | null;
}

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
  /** False in a browser that cannot share its screen at all (phones and tablets): the session is chat only. */
  readonly canCaptureScreen: boolean;
  /** Desktop only: the always-on-top bar that mirrors the in-page one while sharing. */
  sharingBar: { update(state: SharingState): void; onCommand(listener: (command: SharingCommand) => void): () => void } | null;
  diagnostics: DiagnosticsBridge;
  /** Clipboard text: the app's clipboard on the desktop, the browser's (with its permission) otherwise. */
  clipboard: { read(): Promise<string>; write(text: string): Promise<void> };
  /** Where files the engineer sends are written: the desktop app's Downloads folder, or the browser's downloads. */
  files: ReceivedFileSink;
  /** Desktop only: the overlay over the real screen that shows the engineer's pointer and drawings (null puts it away). */
  annotations: { show(update: AnnotationUpdate | null): void } | null;
  /** Desktop only: remote control, injected by the app; a browser cannot be controlled. */
  control: {
    start(): Promise<{ ok: boolean; shortcut: string; reason: string | null }>;
    input(input: ControlInput): Promise<unknown>;
    stop(): Promise<unknown>;
    onInterrupted(listener: (why: ControlInterruption) => void): () => void;
  } | null;
}

/**
 * The screen at its own resolution. Without size constraints Chromium captures a 1920×1080 screen
 * at 1280×720; with only a maximum it scales up to the maximum. 'none' keeps the frames the size
 * of the shared surface (up to 4K; the engineer can cap it lower).
 */
const CAPTURE: DisplayMediaStreamOptions = {
  video: { resizeMode: 'none', width: { max: 3840 }, height: { max: 2160 }, frameRate: { ideal: 30, max: 30 } } as MediaTrackConstraints,
  audio: false,
};

/**
 * Files written by the main process into Downloads. Pieces go one call after another, so they
 * reach the writer in order, and finish waits for the last (the writer counts and hashes each byte).
 */
function desktopDownloads(desktop: DesktopBridge): ReceivedFileSink {
  const pending = new Map<string, Promise<unknown>>();
  const after = (id: string) => pending.get(id) ?? Promise.resolve();
  return {
    kind: 'downloads-folder',
    begin: (id, name, size) => desktop.beginDownload({ id, name, size }),
    write(id, bytes) {
      pending.set(
        id,
        after(id).then(() => desktop.writeDownload(id, bytes)),
      );
    },
    async finish(id, sha256) {
      await after(id).catch(() => undefined);
      pending.delete(id);
      const done = await desktop.finishDownload(id, sha256);
      return done.ok && done.savedAs ? { ok: true, savedAs: done.savedAs } : { ok: false, reason: done.reason ?? 'write-failed' };
    },
    async abort(id) {
      await after(id).catch(() => undefined);
      pending.delete(id);
      await desktop.abortDownload(id);
    },
  };
}

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
    canCaptureScreen: true,
    sharingBar: {
      update: (state) => void desktop.updateSharing(state),
      onCommand: (listener) => desktop.onSharingCommand(listener),
    },
    clipboard: {
      read: async () => (await desktop.readClipboard()).text,
      write: async (text) => void (await desktop.writeClipboard(text)),
    },
    files: desktopDownloads(desktop),
    annotations: { show: (update) => void desktop.showAnnotation(update) },
    control: {
      start: () => desktop.startControl(),
      input: (input) => desktop.controlInput(input),
      stop: () => desktop.stopControl(),
      onInterrupted: (listener) => desktop.onControlInterrupted(listener),
    },
    diagnostics: {
      kind: 'full',
      async collect(consent, onSection) {
        const stop = desktop.onDiagnosticsSection(onSection);
        try {
          return await desktop.collectDiagnostics(consent);
        } finally {
          stop();
        }
      },
      watchMetrics(onMetrics) {
        const stop = desktop.onMetrics(onMetrics);
        void desktop.watchMetrics(true);
        return () => {
          stop();
          void desktop.watchMetrics(false);
        };
      },
    },
  };
}

export const browserBridge: CustomerBridge = {
  kind: 'browser',
  serverUrl: async () => '',
  listSources: null,
  captureScreen: () => navigator.mediaDevices.getDisplayMedia(CAPTURE),
  get canCaptureScreen() {
    return typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  },
  sharingBar: null,
  clipboard: { read: () => navigator.clipboard.readText(), write: (text) => navigator.clipboard.writeText(text) },
  files: createBrowserDownloadSink(),
  annotations: null,
  control: null,
  diagnostics: {
    kind: 'browser',
    async collect(consent, onSection) {
      const section: SectionResult = consent.sections.length
        ? { name: 'browser', status: 'ok', ms: 0, data: collectBrowserInfo() }
        : { name: 'browser', status: 'declined', ms: 0, detail: 'not shared by the customer' };
      onSection(section);
      return { sections: [section], findings: [] };
    },
    watchMetrics: null,
  },
};

export function getCustomerBridge(host: Record<string, unknown> = window as unknown as Record<string, unknown>): CustomerBridge {
  const desktop = host[BRIDGE_GLOBAL] as DesktopBridge | undefined;
  return desktop ? desktopBridge(desktop) : browserBridge;
}
