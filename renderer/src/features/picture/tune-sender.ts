import type { PictureApplied, PictureChoice } from '@firstline/protocol';
import { orderCodecs, PREFERRED_VIDEO_CODECS, senderSettingsFor, type SenderSettings } from './picture-settings';

/**
 * Puts screen-content codecs first on the transceiver that sends this track. Call it right after
 * the track is added, before the offer is made (simple-peer negotiates in a microtask).
 */
export function preferScreenCodecs(pc: RTCPeerConnection, track: MediaStreamTrack): void {
  const transceiver = pc.getTransceivers().find((t) => t.sender.track === track);
  const codecs = RTCRtpSender.getCapabilities?.('video')?.codecs;
  if (!transceiver || !codecs || typeof transceiver.setCodecPreferences !== 'function') return;
  transceiver.setCodecPreferences(orderCodecs(codecs));
}

/** Applies a choice to the sender of `track` with setParameters: no renegotiation. */
export async function applyPictureChoice(
  pc: RTCPeerConnection,
  track: MediaStreamTrack,
  choice: PictureChoice,
): Promise<PictureApplied | null> {
  const sender = pc.getSenders().find((s) => s.track === track);
  if (!sender) return null;
  const settings = senderSettingsFor(choice, await sourceHeight(sender, track));
  track.contentHint = settings.contentHint;
  await setSenderParameters(sender, settings);
  return readBack(pc, sender, choice);
}

/** The height of the frames the track delivers: the sender's media-source stats, once frames flow; the track's settings before. */
async function sourceHeight(sender: RTCRtpSender, track: MediaStreamTrack): Promise<number | null> {
  const report = await sender.getStats().catch(() => null);
  let height: number | null = null;
  report?.forEach((entry: { type: string; kind?: string; height?: number }) => {
    if (entry.type === 'media-source' && entry.kind === 'video' && entry.height) height = entry.height;
  });
  return height ?? track.getSettings().height ?? null;
}

async function setSenderParameters(sender: RTCRtpSender, settings: SenderSettings): Promise<void> {
  const parameters = sender.getParameters();
  // Before negotiation there are no encodings yet; the settings are applied again once there are.
  if (!parameters.encodings?.length) return;
  parameters.degradationPreference = settings.degradationPreference;
  // The choice's codec, else the first we prefer that was negotiated: set each time, or a switch away
  // would stick (Chromium keeps an encoding's last codec; parameters.codecs is not in preference order).
  const codec = (settings.codec ? [settings.codec] : PREFERRED_VIDEO_CODECS)
    .map((mime) => (parameters.codecs ?? []).find((c) => c.mimeType.toLowerCase() === mime.toLowerCase()))
    .find((found) => found !== undefined);
  for (const encoding of parameters.encodings as Array<RTCRtpEncodingParameters & { codec?: RTCRtpCodec }>) {
    encoding.maxBitrate = settings.maxBitrate;
    encoding.maxFramerate = settings.maxFramerate;
    encoding.scaleResolutionDownBy = settings.scaleResolutionDownBy;
    if (codec) encoding.codec = codec;
  }
  await sender.setParameters(parameters);
}

async function readBack(pc: RTCPeerConnection, sender: RTCRtpSender, choice: PictureChoice): Promise<PictureApplied> {
  const parameters = sender.getParameters();
  const encoding = parameters.encodings?.[0] as (RTCRtpEncodingParameters & { codec?: RTCRtpCodec }) | undefined;
  return {
    choice,
    contentHint: sender.track?.contentHint ?? '',
    degradationPreference: parameters.degradationPreference ?? null,
    maxBitrate: encoding?.maxBitrate ?? null,
    maxFramerate: encoding?.maxFramerate ?? null,
    scaleResolutionDownBy: encoding?.scaleResolutionDownBy ?? null,
    // The codec the sender was just told to use; the one its stats name may still be the last one for
    // a few frames after a switch (the engineer's stats show that as it changes).
    codec: encoding?.codec?.mimeType ?? (await sendingCodec(pc, sender)),
  };
}

async function sendingCodec(pc: RTCPeerConnection, sender: RTCRtpSender): Promise<string | null> {
  const report = await sender.getStats().catch(() => pc.getStats());
  let codecId: string | undefined;
  report.forEach((entry: { type: string; kind?: string; codecId?: string }) => {
    if (entry.type === 'outbound-rtp' && entry.kind === 'video') codecId = entry.codecId;
  });
  const codec = codecId ? (report.get(codecId) as { mimeType?: string } | undefined) : undefined;
  return codec?.mimeType ?? null;
}

/** The engineer's receiver plays frames as soon as they are decoded, instead of buffering ~100 ms against jitter. */
export function playWithoutDelay(receiver: RTCRtpReceiver): void {
  const tunable = receiver as unknown as { jitterBufferTarget?: number | null; playoutDelayHint?: number };
  if ('jitterBufferTarget' in receiver) tunable.jitterBufferTarget = 0;
  else tunable.playoutDelayHint = 0;
}
