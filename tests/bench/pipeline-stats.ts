import type { Page } from 'playwright';

/** Where the time goes, per frame: encode on the sender; jitter buffer and decode on the receiver (needs spyOnPeerConnections). */
export async function pipelineStats(
  sender: Page,
  receiver: Page,
): Promise<{
  encodeMs: number;
  jitterMs: number;
  decodeMs: number;
  limitation: string;
  pacerMs: number;
  kbPerFrame: number;
  bweKbps: number;
}> {
  const encode = await sender.evaluate(async () => {
    let ms = 0;
    let limitation = '';
    let pacerMs = 0;
    let kbPerFrame = 0;
    let bweKbps = 0;
    for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
      (await pc.getStats()).forEach(
        (s: {
          type: string;
          kind?: string;
          totalEncodeTime?: number;
          framesEncoded?: number;
          qualityLimitationReason?: string;
          totalPacketSendDelay?: number;
          packetsSent?: number;
          bytesSent?: number;
          nominated?: boolean;
          availableOutgoingBitrate?: number;
        }) => {
          if (s.type === 'outbound-rtp' && s.kind === 'video' && s.framesEncoded) {
            ms = (1000 * s.totalEncodeTime!) / s.framesEncoded;
            limitation = s.qualityLimitationReason ?? '';
            pacerMs = (1000 * (s.totalPacketSendDelay ?? 0)) / (s.packetsSent || 1);
            kbPerFrame = (s.bytesSent ?? 0) / 1000 / s.framesEncoded;
          }
          if (s.type === 'candidate-pair' && s.nominated && s.availableOutgoingBitrate) bweKbps = s.availableOutgoingBitrate / 1000;
        },
      );
    }
    return { ms, limitation, pacerMs, kbPerFrame, bweKbps };
  });
  const decode = await receiver.evaluate(async () => {
    let jitterMs = 0;
    let decodeMs = 0;
    for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
      (await pc.getStats()).forEach(
        (s: {
          type: string;
          kind?: string;
          jitterBufferDelay?: number;
          jitterBufferEmittedCount?: number;
          totalDecodeTime?: number;
          framesDecoded?: number;
        }) => {
          if (s.type !== 'inbound-rtp' || s.kind !== 'video') return;
          if (s.jitterBufferEmittedCount) jitterMs = (1000 * s.jitterBufferDelay!) / s.jitterBufferEmittedCount;
          if (s.framesDecoded) decodeMs = (1000 * s.totalDecodeTime!) / s.framesDecoded;
        },
      );
    }
    return { jitterMs, decodeMs };
  });
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    encodeMs: r(encode.ms),
    jitterMs: r(decode.jitterMs),
    decodeMs: r(decode.decodeMs),
    limitation: encode.limitation,
    pacerMs: r(encode.pacerMs),
    kbPerFrame: r(encode.kbPerFrame),
    bweKbps: Math.round(encode.bweKbps),
  };
}
