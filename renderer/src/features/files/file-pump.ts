import { createSHA256 } from 'hash-wasm';
import { encodeFileFrame, FILE_CHUNK_BYTES } from '@firstline/protocol';

/** Above this much queued in the channel the pump waits; it resumes when the queue drains to the low mark. */
const HIGH_WATER = 8 * 1024 * 1024;
const LOW_WATER = 2 * 1024 * 1024;
/** The file is read in slices this large, one ahead of the one being sent. */
const READ_BYTES = 4 * 1024 * 1024;

export interface PumpControl {
  /** Resolves at once while running; while paused, when resumed. */
  whenRunning(): Promise<void>;
  cancelled(): boolean;
  onProgress(sentBytes: number): void;
}

export class TransferCancelled extends Error {}

function drained(channel: RTCDataChannel): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      channel.removeEventListener('bufferedamountlow', done);
      channel.removeEventListener('close', failed);
      resolve();
    };
    const failed = () => {
      channel.removeEventListener('bufferedamountlow', done);
      reject(new TransferCancelled('the channel closed'));
    };
    channel.addEventListener('bufferedamountlow', done);
    channel.addEventListener('close', failed, { once: true });
  });
}

/**
 * Sends a file's bytes as numbered frames on the binary channel, never queueing more than the
 * high-water mark (bufferedAmountLowThreshold wakes it), hashing as it goes. Returns the SHA-256.
 */
export async function pumpFile(file: Blob, stream: number, channel: RTCDataChannel, control: PumpControl): Promise<string> {
  channel.bufferedAmountLowThreshold = LOW_WATER;
  const hash = await createSHA256();
  let sent = 0;
  let next = file.slice(0, READ_BYTES).arrayBuffer();
  for (let at = 0; at < file.size; at += READ_BYTES) {
    const slice = new Uint8Array(await next);
    next = file.slice(at + READ_BYTES, at + 2 * READ_BYTES).arrayBuffer();
    for (let offset = 0; offset < slice.byteLength; offset += FILE_CHUNK_BYTES) {
      await control.whenRunning();
      if (control.cancelled()) throw new TransferCancelled('cancelled');
      if (channel.readyState !== 'open') throw new TransferCancelled('the channel closed');
      if (channel.bufferedAmount > HIGH_WATER) await drained(channel);
      const chunk = slice.subarray(offset, offset + FILE_CHUNK_BYTES);
      hash.update(chunk);
      channel.send(encodeFileFrame(stream, chunk));
      sent += chunk.byteLength;
    }
    control.onProgress(sent);
  }
  control.onProgress(sent);
  return hash.digest('hex');
}
