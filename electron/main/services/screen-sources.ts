import type { ScreenSource } from '@firstline/bridge-contract';

export interface CapturerSource {
  id: string;
  name: string;
  /** For a screen: the Electron display it shows (screen.getAllDisplays()[n].id, as text). */
  display_id?: string;
  thumbnail: { toDataURL(): string };
}

export interface ScreenSourceDeps {
  getSources(options: { types: Array<'screen' | 'window'>; thumbnailSize: { width: number; height: number } }): Promise<CapturerSource[]>;
}

/**
 * The customer's pick, kept in the main process: the renderer chooses by id, and the display-media
 * handler grants exactly that source and nothing else.
 */
export function createScreenSourceService(deps: ScreenSourceDeps) {
  let chosenId: string | null = null;
  let shared: CapturerSource | null = null;
  const query = () => deps.getSources({ types: ['screen', 'window'], thumbnailSize: { width: 320, height: 200 } });

  return {
    async list(): Promise<ScreenSource[]> {
      return (await query()).map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.id.startsWith('screen:') ? 'screen' : 'window',
        thumbnailDataUrl: s.thumbnail.toDataURL(),
      }));
    },
    async choose(id: string): Promise<{ ok: boolean }> {
      const exists = (await query()).some((s) => s.id === id);
      chosenId = exists ? id : null;
      return { ok: exists };
    },
    /** Called by the display-media handler: the chosen source, once. */
    async takeChosen(): Promise<CapturerSource | null> {
      const id = chosenId;
      chosenId = null;
      if (!id) return null;
      shared = (await query()).find((s) => s.id === id) ?? null;
      return shared;
    },
    /** The source being shared, as desktopCapturer named it ("screen:…" or "window:…"), or null. */
    sharedSourceId(): string | null {
      return shared?.id ?? null;
    },
    /** The display being shared (remote control injects into it), or null while a window or nothing is shared. */
    sharedDisplayId(): string | null {
      return shared?.id.startsWith('screen:') ? (shared.display_id ?? null) : null;
    },
  };
}

export type ScreenSourceService = ReturnType<typeof createScreenSourceService>;
