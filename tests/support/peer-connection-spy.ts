import type { BrowserContext, Page } from 'playwright';

/**
 * Keeps every RTCPeerConnection a page makes in `window.__pcs`, and counts its offers and answers,
 * so a test can read back what the app set (getParameters, getStats, jitterBufferTarget) and see
 * whether a change renegotiated.
 */
export async function spyOnPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const Native = window.RTCPeerConnection;
      window.__pcs = [];
      window.__localDescriptions = 0;
      window.RTCPeerConnection = function (...args) {
        const pc = new Native(...args);
        window.__pcs.push(pc);
        const set = pc.setLocalDescription.bind(pc);
        pc.setLocalDescription = (...a) => { window.__localDescriptions += 1; return set(...a); };
        return pc;
      };
      window.RTCPeerConnection.prototype = Native.prototype;
      Object.assign(window.RTCPeerConnection, Native);
      window.RTCPeerConnection.generateCertificate = Native.generateCertificate;
    })();`,
  });
}

export interface SenderReadBack {
  contentHint: string;
  degradationPreference: string | null;
  maxBitrate: number | null;
  scaleResolutionDownBy: number | null;
  codec: string | null;
  sentWidth: number | null;
  sentHeight: number | null;
  localDescriptions: number;
}

/** The customer's video sender as Chromium holds it. */
export function readSender(page: Page): Promise<SenderReadBack> {
  return page.evaluate(async () => {
    const w = window as unknown as { __pcs: RTCPeerConnection[]; __localDescriptions: number };
    const pc = w.__pcs.find((p) => p.getSenders().some((s) => s.track?.kind === 'video'))!;
    const sender = pc.getSenders().find((s) => s.track?.kind === 'video')!;
    const p = sender.getParameters();
    const stats = await sender.getStats();
    let codec: string | null = null;
    let sentWidth: number | null = null;
    let sentHeight: number | null = null;
    stats.forEach((s: { type: string; codecId?: string; frameWidth?: number; frameHeight?: number }) => {
      if (s.type !== 'outbound-rtp') return;
      sentWidth = s.frameWidth ?? null;
      sentHeight = s.frameHeight ?? null;
      if (s.codecId) codec = (stats.get(s.codecId) as { mimeType?: string } | undefined)?.mimeType ?? null;
    });
    return {
      contentHint: sender.track!.contentHint,
      degradationPreference: p.degradationPreference ?? null,
      maxBitrate: p.encodings[0]?.maxBitrate ?? null,
      scaleResolutionDownBy: p.encodings[0]?.scaleResolutionDownBy ?? null,
      codec,
      sentWidth,
      sentHeight,
      localDescriptions: w.__localDescriptions,
    };
  });
}

/** The engineer's video receiver: its jitter buffer target and what the decoder gets. */
export function readReceiver(
  page: Page,
): Promise<{ jitterBufferTarget: number | null; width: number | null; height: number | null; codec: string | null }> {
  return page.evaluate(async () => {
    const w = window as unknown as { __pcs: RTCPeerConnection[] };
    const pc = w.__pcs.find((p) => p.getReceivers().some((r) => r.track?.kind === 'video'))!;
    const receiver = pc.getReceivers().find((r) => r.track?.kind === 'video')! as RTCRtpReceiver & { jitterBufferTarget: number | null };
    const stats = await receiver.getStats();
    let out = { width: null as number | null, height: null as number | null, codec: null as string | null };
    stats.forEach((s: { type: string; codecId?: string; frameWidth?: number; frameHeight?: number }) => {
      if (s.type !== 'inbound-rtp') return;
      out = {
        width: s.frameWidth ?? null,
        height: s.frameHeight ?? null,
        codec: s.codecId ? ((stats.get(s.codecId) as { mimeType?: string } | undefined)?.mimeType ?? null) : null,
      };
    });
    return { jitterBufferTarget: receiver.jitterBufferTarget, ...out };
  });
}

export interface InboundSample {
  fps: number;
  kbps: number;
  width: number | null;
  height: number | null;
  packetsLost: number;
  /** Lost packets the receiver asked for again (NACK); a repaired loss does not count in packetsLost. */
  nacks: number;
}

/** What the engineer's decoder got over a window: frames per second, kbit/s and the frame size at its end. */
export async function sampleInbound(page: Page, windowMs: number): Promise<InboundSample> {
  const read = () =>
    page.evaluate(async () => {
      const w = window as unknown as { __pcs: RTCPeerConnection[] };
      const pc = w.__pcs.find((p) => p.getReceivers().some((r) => r.track?.kind === 'video'))!;
      let out = { frames: 0, bytes: 0, width: null as number | null, height: null as number | null, lost: 0, nacks: 0 };
      (await pc.getStats()).forEach(
        (s: {
          type: string;
          kind?: string;
          framesDecoded?: number;
          bytesReceived?: number;
          frameWidth?: number;
          frameHeight?: number;
          packetsLost?: number;
          nackCount?: number;
        }) => {
          if (s.type !== 'inbound-rtp' || s.kind !== 'video') return;
          out = {
            frames: s.framesDecoded ?? 0,
            bytes: s.bytesReceived ?? 0,
            width: s.frameWidth ?? null,
            height: s.frameHeight ?? null,
            lost: s.packetsLost ?? 0,
            nacks: s.nackCount ?? 0,
          };
        },
      );
      return { ...out, at: performance.now() };
    });
  const before = await read();
  await page.waitForTimeout(windowMs);
  const after = await read();
  const seconds = (after.at - before.at) / 1000;
  return {
    fps: Math.round(((after.frames - before.frames) / seconds) * 10) / 10,
    kbps: Math.round((((after.bytes - before.bytes) * 8) / 1000 / seconds) * 10) / 10,
    width: after.width,
    height: after.height,
    packetsLost: after.lost - before.lost,
    nacks: after.nacks - before.nacks,
  };
}
