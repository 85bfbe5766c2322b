import { createHash, randomUUID, type Hash } from 'node:crypto';
import { link, open, readdir, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { numberedName, safeFileName } from './safe-file-name';

export type SaveRefusal = 'too-large' | 'unknown' | 'size-mismatch' | 'hash-mismatch' | 'busy' | 'write-failed';
export type SaveResult = { ok: true; savedAs: string } | { ok: false; reason: SaveRefusal };

interface Incoming {
  file: FileHandle;
  partPath: string;
  name: string;
  expected: number;
  written: number;
  hash: Hash;
  queue: Promise<unknown>;
  failed: boolean;
}

const MAX_PARALLEL = 8;

/**
 * Files an engineer sends, written into one folder (Downloads). Bytes go to a hidden part file
 * while they arrive and are hashed as they are written; only a complete file whose SHA-256
 * matches the sender's is given its real name, and never over an existing file. Anything
 * cancelled, short, long or corrupt is deleted. Nothing is ever opened.
 */
export function createDownloadWriter(options: { directory: string; maxBytes: number }) {
  const incoming = new Map<string, Incoming>();

  const discard = async (id: string) => {
    const entry = incoming.get(id);
    if (!entry) return;
    incoming.delete(id);
    await entry.queue.catch(() => undefined);
    await entry.file.close().catch(() => undefined);
    await unlink(entry.partPath).catch(() => undefined);
  };

  /** Links the finished part file under the first free numbered name: atomic, and never replaces a file. */
  const publish = async (entry: Incoming): Promise<string> => {
    for (let n = 0; ; n += 1) {
      const candidate = numberedName(entry.name, n);
      try {
        await link(entry.partPath, join(options.directory, candidate));
        await unlink(entry.partPath);
        return candidate;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n > 9999) throw err;
      }
    }
  };

  return {
    async begin(id: string, name: string, size: number): Promise<{ ok: true } | { ok: false; reason: SaveRefusal }> {
      if (size > options.maxBytes) return { ok: false, reason: 'too-large' };
      if (incoming.has(id) || incoming.size >= MAX_PARALLEL) return { ok: false, reason: 'busy' };
      const partPath = join(options.directory, `.firstline-${randomUUID()}.part`);
      const file = await open(partPath, 'wx', 0o600);
      const entry = { file, partPath, name: safeFileName(name), expected: size, written: 0, hash: createHash('sha256') };
      incoming.set(id, { ...entry, queue: Promise.resolve(), failed: false });
      return { ok: true };
    },

    /** Appends in arrival order; more bytes than were announced fail the transfer. */
    write(id: string, bytes: Uint8Array): { ok: boolean } {
      const entry = incoming.get(id);
      if (!entry || entry.failed) return { ok: false };
      if (entry.written + bytes.byteLength > entry.expected) {
        entry.failed = true;
        return { ok: false };
      }
      entry.written += bytes.byteLength;
      entry.hash.update(bytes);
      entry.queue = entry.queue.then(() => entry.file.write(bytes)).catch(() => (entry.failed = true));
      return { ok: true };
    },

    async finish(id: string, sha256: string): Promise<SaveResult> {
      const entry = incoming.get(id);
      if (!entry) return { ok: false, reason: 'unknown' };
      await entry.queue;
      const reason: SaveRefusal | null = entry.failed
        ? 'write-failed'
        : entry.written !== entry.expected
          ? 'size-mismatch'
          : entry.hash.digest('hex') !== sha256
            ? 'hash-mismatch'
            : null;
      if (reason) {
        await discard(id);
        return { ok: false, reason };
      }
      incoming.delete(id);
      await entry.file.close();
      try {
        return { ok: true, savedAs: await publish(entry) };
      } catch {
        await unlink(entry.partPath).catch(() => undefined);
        return { ok: false, reason: 'write-failed' };
      }
    },

    /** Declined, cancelled or dropped: nothing of it stays on disk. */
    abort: (id: string) => discard(id),
    abortAll: () => Promise.all([...incoming.keys()].map(discard)),

    /** Part files a crash left behind (the app was killed mid-transfer) are removed at start. */
    async sweepLeftovers(): Promise<number> {
      const names = await readdir(options.directory).catch(() => [] as string[]);
      const leftovers = names.filter((name) => /^\.firstline-[0-9a-f-]{36}\.part$/.test(name));
      await Promise.all(leftovers.map((name) => unlink(join(options.directory, name)).catch(() => undefined)));
      return leftovers.length;
    },
  };
}
export type DownloadWriter = ReturnType<typeof createDownloadWriter>;
