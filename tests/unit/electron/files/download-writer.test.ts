import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDownloadWriter } from '../../../../electron/files/download-writer';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('writing received files into Downloads', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'firstline-downloads-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function send(writer: ReturnType<typeof createDownloadWriter>, name: string, bytes: Uint8Array, hash = sha(bytes)) {
    const id = randomUUID();
    expect(await writer.begin(id, name, bytes.length)).toEqual({ ok: true });
    for (let at = 0; at < bytes.length; at += 1000) writer.write(id, bytes.subarray(at, at + 1000));
    return writer.finish(id, hash);
  }

  it('keeps a complete file under its safe name, and never over an existing one', async () => {
    const writer = createDownloadWriter({ directory: dir, maxBytes: 1e6 });
    await writeFile(join(dir, 'tool.exe'), 'the customer’s own file');
    const bytes = randomBytes(10_500);
    expect(await send(writer, '../tool.exe', bytes)).toEqual({ ok: true, savedAs: 'tool (1).exe' });
    expect(await send(writer, 'tool.exe', bytes)).toEqual({ ok: true, savedAs: 'tool (2).exe' });
    expect(await readFile(join(dir, 'tool.exe'), 'utf8')).toBe('the customer’s own file');
    expect(sha(await readFile(join(dir, 'tool (1).exe')))).toBe(sha(bytes));
    expect((await readdir(dir)).sort()).toEqual(['tool (1).exe', 'tool (2).exe', 'tool.exe']);
  });

  it('deletes a file whose hash does not match, one cut short, and one cancelled', async () => {
    const writer = createDownloadWriter({ directory: dir, maxBytes: 1e6 });
    const bytes = randomBytes(5000);
    expect(await send(writer, 'a.bin', bytes, sha(randomBytes(10)))).toEqual({ ok: false, reason: 'hash-mismatch' });
    const short = randomUUID();
    await writer.begin(short, 'b.bin', 6000);
    writer.write(short, bytes);
    expect(await writer.finish(short, sha(bytes))).toEqual({ ok: false, reason: 'size-mismatch' });
    const cancelled = randomUUID();
    await writer.begin(cancelled, 'c.bin', 5000);
    writer.write(cancelled, bytes.subarray(0, 100));
    await writer.abort(cancelled);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses more bytes than announced, files over the limit, and unknown transfers', async () => {
    const writer = createDownloadWriter({ directory: dir, maxBytes: 100 });
    expect(await writer.begin(randomUUID(), 'big.iso', 101)).toEqual({ ok: false, reason: 'too-large' });
    const id = randomUUID();
    await writer.begin(id, 'small.txt', 10);
    expect(writer.write(id, new Uint8Array(11))).toEqual({ ok: false });
    expect(await writer.finish(id, sha(new Uint8Array(11)))).toEqual({ ok: false, reason: 'write-failed' });
    expect(writer.write(randomUUID(), new Uint8Array(1))).toEqual({ ok: false });
    expect(await writer.finish(randomUUID(), sha(new Uint8Array(1)))).toEqual({ ok: false, reason: 'unknown' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes part files a crash left behind, and nothing else', async () => {
    await writeFile(join(dir, `.firstline-${randomUUID()}.part`), 'half');
    await writeFile(join(dir, 'keep.part'), 'mine');
    expect(await createDownloadWriter({ directory: dir, maxBytes: 1 }).sweepLeftovers()).toBe(1);
    expect(await readdir(dir)).toEqual(['keep.part']);
  });
});
