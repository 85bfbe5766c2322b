import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeFileFrame, type FileRecord, type PeerMessage } from '@firstline/protocol';
import { createFileTransfers, type Transfer } from '../../../renderer/src/features/files/file-transfers';
import { createBrowserDownloadSink } from '../../../renderer/src/features/files/received-file-sink';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const shaOf = async (blob: Blob) => sha(new Uint8Array(await blob.arrayBuffer()));

/** Two sides joined by in-memory channels: messages and frames arrive asynchronously, in order. */
function pair(options: { limit?: number; onFrameAtB?: (count: number) => void } = {}) {
  const saved: Array<{ name: string; blob: Blob }> = [];
  const records: FileRecord[] = [];
  const views = { a: [] as Transfer[], b: [] as Transfer[] };
  let framesAtB = 0;
  /** Like an RTCDataChannel: bytes sent count as buffered until delivered, and draining fires bufferedamountlow. */
  class FakeChannel extends EventTarget {
    readyState = 'open';
    bufferedAmount = 0;
    bufferedAmountLowThreshold = 0;
    constructor(private deliver: (frame: ArrayBuffer) => void) {
      super();
    }
    send(frame: Uint8Array) {
      const copy = frame.slice().buffer;
      this.bufferedAmount += copy.byteLength;
      setTimeout(() => {
        const before = this.bufferedAmount;
        this.bufferedAmount -= copy.byteLength;
        this.deliver(copy);
        if (before > this.bufferedAmountLowThreshold && this.bufferedAmount <= this.bufferedAmountLowThreshold)
          this.dispatchEvent(new Event('bufferedamountlow'));
      }, 0);
    }
  }
  const channel = (deliver: (frame: ArrayBuffer) => void) => new FakeChannel(deliver) as unknown as RTCDataChannel;
  const side = (name: 'a' | 'b', peer: () => ReturnType<typeof createFileTransfers>) =>
    createFileTransfers({
      send: (message: PeerMessage) => (setTimeout(() => peer().handle(JSON.parse(JSON.stringify(message)) as PeerMessage), 0), true),
      channel: () => channels[name],
      sink: createBrowserDownloadSink((blob, fileName) => saved.push({ name: fileName, blob })),
      record: (record) => records.push(record),
      limit: () => options.limit ?? 100 * 1024 * 1024,
      onChange: (list) => (views[name] = list),
    });
  const channels = {
    a: channel((frame) => {
      framesAtB += 1;
      options.onFrameAtB?.(framesAtB);
      b.onFrame(frame);
    }),
    b: channel((frame) => a.onFrame(frame)),
  };
  const a = side('a', () => b);
  const b = side('b', () => a);
  return { a, b, saved, records, views };
}

describe('file transfers between two sides', () => {
  it('sends only after the receiver accepts, and keeps the file when its hash matches', async () => {
    const { a, b, saved, records, views } = pair();
    const bytes = randomBytes(300_000);
    expect(a.offer(new File([bytes], 'setup.msi'))).toBe('offered');
    await settle();
    expect(views.b).toMatchObject([{ name: 'setup.msi', size: 300_000, state: 'offered', direction: 'in' }]);
    expect(saved).toEqual([]);
    await b.accept(views.b[0]!.id);
    await expect.poll(() => views.a[0]?.state).toBe('done');
    expect(views.b[0]).toMatchObject({ state: 'done', bytes: 300_000, sha256: sha(bytes), savedAs: 'setup.msi' });
    expect(saved).toHaveLength(1);
    expect(await shaOf(saved[0]!.blob)).toBe(sha(bytes));
    expect(records).toEqual([{ id: views.b[0]!.id, name: 'setup.msi', size: 300_000, outcome: 'received', sha256: sha(bytes) }]);
  });

  it('pauses and resumes from the receiver’s side, and the sender waits', async () => {
    let pauseNow = () => undefined as unknown;
    const { a, b, saved, views } = pair({ onFrameAtB: (n) => n === 1 && pauseNow() });
    const bytes = randomBytes(20_000_000);
    a.offer(new File([bytes], 'big.iso'));
    await settle();
    const id = views.b[0]!.id;
    pauseNow = () => b.act(id, 'pause');
    await b.accept(id);
    await expect.poll(() => views.a[0]?.state).toBe('paused');
    expect(views.b[0]?.state).toBe('paused');
    // Frames already in flight still land; after that nothing moves until the receiver resumes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const heldAt = views.b[0]!.bytes;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(views.b[0]!.bytes).toBe(heldAt);
    expect(heldAt).toBeLessThan(20_000_000);
    b.act(id, 'resume');
    await expect.poll(() => views.b[0]?.state).toBe('done');
    expect(await shaOf(saved[0]!.blob)).toBe(sha(bytes));
  });

  it('a cancel from the sender mid-way leaves nothing and is recorded by the receiver', async () => {
    let cancelNow = () => undefined as unknown;
    const { a, b, saved, records, views } = pair({ onFrameAtB: (n) => n === 2 && cancelNow() });
    a.offer(new File([randomBytes(20_000_000)], 'half.zip'));
    await settle();
    const id = views.b[0]!.id;
    cancelNow = () => a.act(id, 'cancel');
    await b.accept(id);
    await expect.poll(() => views.b[0]?.state).toBe('cancelled');
    expect(views.a[0]?.state).toBe('cancelled');
    await settle();
    expect(saved).toEqual([]);
    expect(records).toEqual([{ id, name: 'half.zip', size: 20_000_000, outcome: 'cancelled' }]);
  });

  it('declines a file over the limit unasked, and refuses to offer one', async () => {
    const { a, b, records, views } = pair({ limit: 1000 });
    expect(b.offer(new File([randomBytes(1001)], 'too-big.bin'))).toBe('too-large');
    a.handle({ kind: 'file-offer', offer: { id: crypto.randomUUID(), stream: 9, name: 'huge.bin', size: 5000 } });
    expect(views.a).toMatchObject([{ name: 'huge.bin', state: 'declined', problem: 'too-large' }]);
    expect(records).toMatchObject([{ name: 'huge.bin', outcome: 'declined' }]);
  });

  it('fails a file whose bytes do not match the hash, or that runs past its announced size', async () => {
    const { b, saved, records, views } = pair();
    const tampered = crypto.randomUUID();
    b.handle({ kind: 'file-offer', offer: { id: tampered, stream: 1, name: 'a.txt', size: 5 } });
    await b.accept(tampered);
    b.onFrame(encodeFileFrame(1, new TextEncoder().encode('hello')).buffer);
    b.handle({ kind: 'file-sent', id: tampered, sha256: sha(new TextEncoder().encode('HELLO')) });
    await expect.poll(() => views.b.find((t) => t.id === tampered)?.state).toBe('failed');

    const long = crypto.randomUUID();
    b.handle({ kind: 'file-offer', offer: { id: long, stream: 2, name: 'b.txt', size: 3 } });
    await b.accept(long);
    b.onFrame(encodeFileFrame(2, new Uint8Array(4)).buffer);
    expect(views.b.find((t) => t.id === long)?.state).toBe('failed');
    // Frames for a stream nobody accepted are dropped.
    b.onFrame(encodeFileFrame(77, new Uint8Array(10)).buffer);
    await settle();
    expect(saved).toEqual([]);
    expect(records.map((r) => r.outcome)).toEqual(['failed', 'failed']);
  });

  it('waits for bytes still on their way when "sent" overtakes them (they travel on different channels)', async () => {
    const { b, saved, views } = pair();
    const id = crypto.randomUUID();
    const bytes = randomBytes(3000);
    b.handle({ kind: 'file-offer', offer: { id, stream: 5, name: 'late.bin', size: 3000 } });
    await b.accept(id);
    b.onFrame(encodeFileFrame(5, bytes.subarray(0, 2000)).buffer);
    b.handle({ kind: 'file-sent', id, sha256: sha(bytes) });
    expect(views.b[0]?.state).toBe('receiving');
    b.onFrame(encodeFileFrame(5, bytes.subarray(2000)).buffer);
    await expect.poll(() => views.b[0]?.state).toBe('done');
    expect(await shaOf(saved[0]!.blob)).toBe(sha(bytes));
  });

  it('declines a flood of offers beyond ten waiting', async () => {
    const { a, views } = pair();
    for (let i = 0; i < 15; i += 1)
      a.handle({ kind: 'file-offer', offer: { id: crypto.randomUUID(), stream: i + 1, name: `f${i}`, size: 1 } });
    expect(views.a.filter((t) => t.state === 'offered')).toHaveLength(10);
    expect(views.a.filter((t) => t.state === 'declined')).toHaveLength(5);
  });
});
