/** What the engineer sees about the incoming screen; computed from two getStats() samples. */
export interface ConnectionStats {
  width: number | null;
  height: number | null;
  fps: number | null;
  bitrateKbps: number | null;
  rttMs: number | null;
  framesDecoded: number;
  /** The codec's MIME type, e.g. video/AV1. */
  codec: string | null;
  /** Packets lost since the previous sample, as a share of those expected, in percent. */
  packetLossPct: number | null;
  /** Frames the receiver dropped (not displayed) since the start. */
  framesDropped: number;
}

export interface StatsSample {
  at: number;
  bytesReceived: number;
  packetsReceived: number;
  packetsLost: number;
}

type StatsEntry = Record<string, unknown> & { type: string; id: string };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Pure: reads the inbound video and the selected candidate pair from a stats report. */
export function summarizeStats(
  entries: Iterable<StatsEntry>,
  previous: StatsSample | null,
  now: number,
): { stats: ConnectionStats; sample: StatsSample } {
  let video: StatsEntry | undefined;
  const pairs: StatsEntry[] = [];
  const codecs = new Map<string, StatsEntry>();
  for (const entry of entries) {
    if (entry.type === 'inbound-rtp' && entry.kind === 'video') video = entry;
    if (entry.type === 'candidate-pair') pairs.push(entry);
    if (entry.type === 'codec') codecs.set(entry.id, entry);
  }
  const codec = typeof video?.codecId === 'string' ? codecs.get(video.codecId) : undefined;
  const received = num(video?.packetsReceived) ?? 0;
  const lost = num(video?.packetsLost) ?? 0;
  const expected = previous ? received - previous.packetsReceived + (lost - previous.packetsLost) : 0;
  const pair = pairs.find((p) => p.nominated && p.state === 'succeeded') ?? pairs.find((p) => p.state === 'succeeded');
  const bytes = num(video?.bytesReceived) ?? 0;
  const elapsed = previous ? (now - previous.at) / 1000 : 0;
  const bitrate = previous && elapsed > 0 ? ((bytes - previous.bytesReceived) * 8) / 1000 / elapsed : null;
  const rtt = num(pair?.currentRoundTripTime);
  return {
    stats: {
      width: num(video?.frameWidth),
      height: num(video?.frameHeight),
      fps: num(video?.framesPerSecond),
      bitrateKbps: bitrate === null ? null : Math.max(0, Math.round(bitrate)),
      rttMs: rtt === null ? null : Math.round(rtt * 1000),
      framesDecoded: num(video?.framesDecoded) ?? 0,
      codec: typeof codec?.mimeType === 'string' ? codec.mimeType : null,
      packetLossPct: previous && expected > 0 ? Math.round(((lost - previous.packetsLost) / expected) * 1000) / 10 : null,
      framesDropped: num(video?.framesDropped) ?? 0,
    },
    sample: { at: now, bytesReceived: bytes, packetsReceived: received, packetsLost: lost },
  };
}
