import { z } from 'zod';

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

export const bridgeChannels = {
  'screen:list-sources': { method: 'listScreenSources', args: z.tuple([]), result: z.array(ScreenSource) },
  'screen:choose-source': { method: 'chooseScreenSource', args: z.tuple([z.string().max(200)]), result: z.object({ ok: z.boolean() }) },
  'app:info': { method: 'appInfo', args: z.tuple([]), result: AppInfo },
} as const;

export type BridgeChannel = keyof typeof bridgeChannels;
type Channels = typeof bridgeChannels;

/** The object the preload exposes as `window.firstline`: one method per channel. */
export type DesktopBridge = {
  [C in BridgeChannel as Channels[C]['method']]: (...args: z.infer<Channels[C]['args']>) => Promise<z.infer<Channels[C]['result']>>;
};

export const BRIDGE_GLOBAL = 'firstline';
