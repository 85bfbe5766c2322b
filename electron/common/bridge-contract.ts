import { z } from 'zod';
import {
  AnnotationUpdate,
  ControlInput,
  DiagnosticsConsent,
  DiagnosticsSnapshot,
  FILE_CHUNK_BYTES,
  LiveMetrics,
  SectionResult,
  Sha256Hex,
} from '@firstline/protocol';

/**
 * The one contract between the Electron main process and the renderer: each IPC channel with its
 * argument and result schemas. The preload exposes exactly these, the main process validates
 * arguments against them, and the renderer's bridge is typed from them.
 */
export const ScreenSource = z.object({
  id: z.string().max(200),
  name: z.string().max(300),
  kind: z.enum(['screen', 'window']),
  thumbnailDataUrl: z.string().max(4_000_000),
});
export type ScreenSource = z.infer<typeof ScreenSource>;

export const AppInfo = z.object({ serverUrl: z.string().url(), version: z.string(), platform: z.string() });
export type AppInfo = z.infer<typeof AppInfo>;

/** What the always-on-top sharing bar shows, and what its buttons ask for. */
export const SharingState = z.object({
  sharing: z.boolean(),
  engineerName: z.string().max(200),
  /** Colleagues the customer let in to watch the screen beside the engineer. */
  watcherNames: z.array(z.string().max(200)).max(8).optional(),
  /** While the engineer controls the computer: the shortcut that takes control back, as the customer reads it. */
  controlShortcut: z.string().max(60).nullable().optional(),
});
export type SharingState = z.infer<typeof SharingState>;
export const SharingCommand = z.enum(['stop-sharing', 'end-session', 'take-back-control']);

/** Why remote input stopped on the customer's side: the take-back shortcut, or their own mouse or keyboard. */
export const ControlInterruption = z.enum(['shortcut', 'local-input']);
export type ControlInterruption = z.infer<typeof ControlInterruption>;
export type SharingCommand = z.infer<typeof SharingCommand>;

const TransferId = z.string().uuid();
export const SaveRefusal = z.enum(['too-large', 'unknown', 'size-mismatch', 'hash-mismatch', 'busy', 'write-failed']);
const FileBytes = z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= FILE_CHUNK_BYTES, 'chunk too large');

/** Renderer → main calls. `pages` lists the only pages allowed to make each call. */
export const bridgeChannels = {
  'screen:list-sources': { method: 'listScreenSources', pages: ['join.html'], args: z.tuple([]), result: z.array(ScreenSource) },
  'screen:choose-source': {
    method: 'chooseScreenSource',
    pages: ['join.html'],
    args: z.tuple([z.string().max(200)]),
    result: z.object({ ok: z.boolean() }),
  },
  'app:info': { method: 'appInfo', pages: ['join.html', 'bar.html'], args: z.tuple([]), result: AppInfo },
  'sharing:update': { method: 'updateSharing', pages: ['join.html'], args: z.tuple([SharingState]), result: z.object({ ok: z.boolean() }) },
  'sharing:current': { method: 'currentSharing', pages: ['bar.html'], args: z.tuple([]), result: SharingState },
  'sharing:request': {
    method: 'requestSharingCommand',
    pages: ['bar.html'],
    args: z.tuple([SharingCommand]),
    result: z.object({ ok: z.boolean() }),
  },
  /** Collects what the customer agreed to; sections also arrive one by one as diagnostics:section. */
  'diagnostics:collect': {
    method: 'collectDiagnostics',
    pages: ['join.html'],
    args: z.tuple([DiagnosticsConsent]),
    result: DiagnosticsSnapshot,
  },
  /** Control was granted: inject from now on, into the shared screen; the shortcut to take it back is registered. */
  'control:start': {
    method: 'startControl',
    pages: ['join.html'],
    args: z.tuple([]),
    result: z.object({ ok: z.boolean(), shortcut: z.string().max(60), reason: z.string().max(200).nullable() }),
  },
  /** One message of remote input from the engineer, checked again (grant, schema, rate) before it is injected. */
  'control:input': {
    method: 'controlInput',
    pages: ['join.html'],
    args: z.tuple([ControlInput]),
    result: z.object({ ok: z.boolean(), refused: z.string().max(40).nullable() }),
  },
  /** Clipboard text, read only when the customer presses "Send my clipboard", written only when the engineer sends some. */
  'clipboard:read': {
    method: 'readClipboard',
    pages: ['join.html'],
    args: z.tuple([]),
    result: z.object({ text: z.string().max(100_000) }),
  },
  'clipboard:write': {
    method: 'writeClipboard',
    pages: ['join.html'],
    args: z.tuple([z.string().min(1).max(100_000)]),
    result: z.object({ ok: z.boolean() }),
  },
  /** A file the customer accepted starts arriving: it is written to a hidden part file in Downloads. */
  'files:begin': {
    method: 'beginDownload',
    pages: ['join.html'],
    args: z.tuple([z.object({ id: TransferId, name: z.string().min(1).max(255), size: z.number().int().min(0) })]),
    result: z.object({ ok: z.boolean(), reason: SaveRefusal.nullable() }),
  },
  'files:write': {
    method: 'writeDownload',
    pages: ['join.html'],
    args: z.tuple([TransferId, FileBytes]),
    result: z.object({ ok: z.boolean() }),
  },
  /** Every byte arrived: kept under a safe, unused name only if its SHA-256 matches the sender's. */
  'files:finish': {
    method: 'finishDownload',
    pages: ['join.html'],
    args: z.tuple([TransferId, Sha256Hex]),
    result: z.object({ ok: z.boolean(), savedAs: z.string().max(300).nullable(), reason: SaveRefusal.nullable() }),
  },
  /** Cancelled, paused for good or failed: the part file is deleted. */
  'files:abort': { method: 'abortDownload', pages: ['join.html'], args: z.tuple([TransferId]), result: z.object({ ok: z.boolean() }) },
  /** The engineer's pointer and drawings, shown in the click-through overlay over the shared screen; null puts it away. */
  'annotation:show': {
    method: 'showAnnotation',
    pages: ['join.html'],
    args: z.tuple([AnnotationUpdate.nullable()]),
    result: z.object({ ok: z.boolean() }),
  },
  /** Control ended: nothing more is injected, and nothing stays held down. */
  'control:stop': { method: 'stopControl', pages: ['join.html'], args: z.tuple([]), result: z.object({ ok: z.boolean() }) },
  'diagnostics:watch': {
    method: 'watchMetrics',
    pages: ['join.html'],
    args: z.tuple([z.boolean()]),
    result: z.object({ ok: z.boolean() }),
  },
} as const;

/** Main → renderer events, validated by the preload before a page sees them. */
export const bridgeEvents = {
  'sharing:command': { method: 'onSharingCommand', payload: SharingCommand },
  'sharing:state': { method: 'onSharingState', payload: SharingState },
  'diagnostics:section': { method: 'onDiagnosticsSection', payload: SectionResult },
  'diagnostics:metrics': { method: 'onMetrics', payload: LiveMetrics },
  'control:interrupted': { method: 'onControlInterrupted', payload: ControlInterruption },
  'annotation:update': { method: 'onAnnotation', payload: AnnotationUpdate },
} as const;

export type BridgeEvent = keyof typeof bridgeEvents;
type Events = typeof bridgeEvents;

export type BridgeChannel = keyof typeof bridgeChannels;
type Channels = typeof bridgeChannels;

/** The object the preload exposes as `window.firstline`: one method per channel and per event. */
export type DesktopBridge = {
  [C in BridgeChannel as Channels[C]['method']]: (...args: z.infer<Channels[C]['args']>) => Promise<z.infer<Channels[C]['result']>>;
} & {
  [E in BridgeEvent as Events[E]['method']]: (listener: (payload: z.infer<Events[E]['payload']>) => void) => () => void;
};

export const BRIDGE_GLOBAL = 'firstline';
