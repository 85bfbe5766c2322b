import type { PictureChoice, PictureQuality, ResolutionCap } from '@firstline/protocol';

/** What the customer's video sender is set to for one choice of the engineer's. */
export interface SenderSettings {
  /** 'text' and 'detail' tell the encoder it is screen content: keep edges sharp, drop frames first. */
  contentHint: 'text' | 'detail' | 'motion';
  degradationPreference: RTCDegradationPreference;
  maxBitrate: number;
  maxFramerate: number;
  scaleResolutionDownBy: number;
  /** A codec this choice sends with instead of the first of PREFERRED_VIDEO_CODECS, switched with setParameters. */
  codec?: string;
}

const PRESETS: Record<PictureQuality, Omit<SenderSettings, 'scaleResolutionDownBy'>> = {
  // Small text first: the encoder keeps every pixel and lowers the frame rate when the link is short.
  best: { contentHint: 'text', degradationPreference: 'maintain-resolution', maxBitrate: 8_000_000, maxFramerate: 30 },
  // The default: full resolution, sharp, up to 30 fps within 4 Mbit/s (1080p screen content rarely needs more).
  balanced: { contentHint: 'detail', degradationPreference: 'maintain-resolution', maxBitrate: 4_000_000, maxFramerate: 30 },
  // Following motion (a video, a game, a busy screen): frames first, the encoder may scale down. VP8:
  // on a busy 1080p screen it encodes in half VP9's time, for 24–28 fps against 13–18 and g2g p50
  // 41–83 ms against 58–163 (bench:latency BENCH_PICTURE=fastest BENCH_BUSY=1, five alternations).
  fastest: {
    contentHint: 'motion',
    degradationPreference: 'maintain-framerate',
    maxBitrate: 2_500_000,
    maxFramerate: 30,
    codec: 'video/VP8',
  },
};

/** The sender settings for a choice, given the height of what is captured (a cap never scales up). */
export function senderSettingsFor(choice: PictureChoice, sourceHeight: number | null): SenderSettings {
  return { ...PRESETS[choice.quality], scaleResolutionDownBy: scaleFor(choice.cap, sourceHeight) };
}

export function scaleFor(cap: ResolutionCap, sourceHeight: number | null): number {
  if (cap === 'native' || !sourceHeight || sourceHeight <= cap) return 1;
  return Math.round((sourceHeight / cap) * 1000) / 1000;
}

/**
 * The video codecs in the order we offer them, picked by measurement (tests/bench/codec-sweep.ts:
 * the same 1080p screen content, each codec with these settings, on loopback in Chromium on two
 * cores, the real X screen). Over six sweeps in varied order VP9 had the lowest median latency (p50
 * 51 ms, p95 75 ms, about 21 fps, text SSIM 0.998–0.999), then VP8 (54 ms, SSIM 0.999). AV1 led the
 * two earlier sweeps but varied most here (51–109 ms, median 66). H.264 (OpenH264, 59 ms) goes last:
 * its text is the least sharp (SSIM 0.994). All hold 1920×1080. A browser without VP9 falls down the list.
 */
export const PREFERRED_VIDEO_CODECS = ['video/VP9', 'video/VP8', 'video/AV1', 'video/H264'];

/** Codecs the browser can send, reordered by preference; retransmission and FEC entries keep their place after. */
export function orderCodecs<C extends { mimeType: string }>(
  available: readonly C[],
  preferred: readonly string[] = PREFERRED_VIDEO_CODECS,
): C[] {
  const rank = (codec: C) => {
    const index = preferred.findIndex((mime) => mime.toLowerCase() === codec.mimeType.toLowerCase());
    return index === -1 ? preferred.length : index;
  };
  return [...available].sort((a, b) => rank(a) - rank(b));
}
