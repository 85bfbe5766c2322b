import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

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

/**
 * In a browser the page cannot choose a folder: the parts are kept as a Blob (which the browser
 * pages to disk when large), hashed as they come, and handed to the browser's own download,
 * which puts them in Downloads under a safe, unused name and never opens them.
 */
export function createBrowserDownloadSink(save = saveWithBrowser): ReceivedFileSink {
  const open = new Map<string, { name: string; parts: Uint8Array[]; hash: ReturnType<typeof sha256.create> }>();
  return {
    kind: 'browser-download',
    begin(id, name) {
      open.set(id, { name, parts: [], hash: sha256.create() });
      return Promise.resolve({ ok: true, reason: null });
    },
    write(id, bytes) {
      const entry = open.get(id);
      if (!entry) return;
      entry.hash.update(bytes);
      entry.parts.push(bytes.slice());
    },
    finish(id, expected) {
      const entry = open.get(id);
      open.delete(id);
      if (!entry) return Promise.resolve({ ok: false, reason: 'unknown' });
      if (bytesToHex(entry.hash.digest()) !== expected) return Promise.resolve({ ok: false, reason: 'hash-mismatch' });
      save(new Blob(entry.parts as BlobPart[]), entry.name);
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
