import type { Page } from 'playwright';
import { FILE_CHUNK_BYTES } from '@firstline/protocol';

/**
 * The floor for file transfer: a bare RTCDataChannel between two pages (SDP handed across by this
 * process), the sender queueing 64 KiB messages up to the same high-water mark Firstline uses and
 * waking on bufferedamountlow. No hashing, no framing, no files. Returns MB/s (MiB per second).
 */
export async function rawTransferMbPerSecond(sender: Page, receiver: Page, bytes: number): Promise<number> {
  const gatherScript = `globalThis.gathered = (pc) => new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
  });`;
  for (const page of [sender, receiver]) await page.evaluate(gatherScript);
  type W = { pc: RTCPeerConnection; channel: RTCDataChannel; gathered(pc: RTCPeerConnection): Promise<void>; done: Promise<number> };

  const offer = await sender.evaluate(async () => {
    const w = window as unknown as W;
    w.pc = new RTCPeerConnection({ iceServers: [] });
    w.channel = w.pc.createDataChannel('raw', { ordered: true });
    await w.pc.setLocalDescription(await w.pc.createOffer());
    await w.gathered(w.pc);
    return w.pc.localDescription!.sdp;
  });
  const answer = await receiver.evaluate(
    async ({ sdp, total }) => {
      const w = window as unknown as W;
      w.pc = new RTCPeerConnection({ iceServers: [] });
      w.done = new Promise((resolve) => {
        w.pc.addEventListener('datachannel', ({ channel }) => {
          channel.binaryType = 'arraybuffer';
          let received = 0;
          channel.onmessage = (event: MessageEvent<ArrayBuffer>) => {
            received += event.data.byteLength;
            if (received >= total) resolve(performance.timeOrigin + performance.now());
          };
        });
      });
      await w.pc.setRemoteDescription({ type: 'offer', sdp });
      await w.pc.setLocalDescription(await w.pc.createAnswer());
      await w.gathered(w.pc);
      return w.pc.localDescription!.sdp;
    },
    { sdp: offer, total: bytes },
  );
  const startedAt = await sender.evaluate(
    async ({ sdp, total, chunk }) => {
      const w = window as unknown as W;
      await w.pc.setRemoteDescription({ type: 'answer', sdp });
      if (w.channel.readyState !== 'open') await new Promise((resolve) => w.channel.addEventListener('open', resolve, { once: true }));
      const HIGH = 8 * 1024 * 1024;
      w.channel.bufferedAmountLowThreshold = 2 * 1024 * 1024;
      const piece = new Uint8Array(chunk).fill(7);
      const started = performance.timeOrigin + performance.now();
      for (let sent = 0; sent < total; sent += chunk) {
        if (w.channel.bufferedAmount > HIGH)
          await new Promise((resolve) => w.channel.addEventListener('bufferedamountlow', resolve, { once: true }));
        w.channel.send(piece);
      }
      return started;
    },
    { sdp: answer, total: bytes, chunk: FILE_CHUNK_BYTES },
  );
  const finishedAt = await receiver.evaluate(() => (window as unknown as W).done);
  for (const page of [sender, receiver]) await page.evaluate(() => (window as unknown as W).pc.close());
  return bytes / (1024 * 1024) / ((finishedAt - startedAt) / 1000);
}
