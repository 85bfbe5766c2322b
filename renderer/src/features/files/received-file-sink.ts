import { createSHA256, type IHasher } from 'hash-wasm';

export type SinkResult = { ok: true; savedAs: string } | { ok: false; reason: string };

/**
 * Where an accepted file's bytes go as they arrive. It checks the SHA-256 of what it got against
 * the sender's, and keeps the file only if they match; abort leaves nothing behind.
 */
export interface ReceivedFileSink {
  /** Where accepted files end up, for the words under the card: the desktop app's Downloads, or the browser's downloads. */
  kind: 'downloads-folder' | 'browser-download';
  begin(id: string, name: string, size: number): Promise<{ ok: boolean; reason: string | null }>;
  write(id: string, bytes: Uint8Array<ArrayBuffer>): void;
  finish(id: string, sha256: string): Promise<SinkResult>;
  abort(id: string): Promise<void>;
}

/** Pieces are folded into a Blob every this many bytes, so the page's memory holds at most this much of a file. */
const FOLD_BYTES = 16 * 1024 * 1024;

/**
 * In a browser the page cannot choose a folder: the pieces are folded into Blobs as they come
 * (the browser keeps those out of the page's memory, on disk when large), hashed, and handed to
 * the browser's own download, which puts them in Downloads under a safe, unused name and never
 * opens them.
 */
export function createBrowserDownloadSink(save = saveWithBrowser): ReceivedFileSink {
  const open = new Map<string, { name: string; blobs: Blob[]; parts: Uint8Array[]; held: number; hash: IHasher }>();
  return {
    kind: 'browser-download',
    async begin(id, name) {
      open.set(id, { name, blobs: [], parts: [], held: 0, hash: await createSHA256() });
      return { ok: true, reason: null };
    },
    write(id, bytes) {
      const entry = open.get(id);
      if (!entry) return;
      entry.hash.update(bytes);
      // A view of this frame's own buffer: nothing else holds it, and the Blob copies it when folding.
      entry.parts.push(bytes);
      entry.held += bytes.byteLength;
      if (entry.held >= FOLD_BYTES) {
        entry.blobs.push(new Blob(entry.parts as BlobPart[]));
        entry.parts = [];
        entry.held = 0;
      }
    },
    finish(id, expected) {
      const entry = open.get(id);
      open.delete(id);
      if (!entry) return Promise.resolve({ ok: false, reason: 'unknown' });
      if (entry.hash.digest('hex') !== expected) return Promise.resolve({ ok: false, reason: 'hash-mismatch' });
      save(new Blob([...entry.blobs, ...(entry.parts as BlobPart[])]), entry.name);
      return Promise.resolve({ ok: true, savedAs: entry.name });
    },
    abort(id) {
      open.delete(id);
      return Promise.resolve();
    },
  };
}

function saveWithBrowser(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
