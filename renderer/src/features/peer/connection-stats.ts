/** What the engineer sees about the incoming screen; computed from two getStats() samples. */
export interface ConnectionStats {
  width: number | null;
  height: number | null;
  fps: number | null;
  bitrateKbps: number | null;
  rttMs: number | null;
  framesDecoded: number;
}

export interface StatsSample {
  at: number;
  bytesReceived: number;
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
  for (const entry of entries) {
    if (entry.type === 'inbound-rtp' && entry.kind === 'video') video = entry;
    if (entry.type === 'candidate-pair') pairs.push(entry);
  }
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
    },
    sample: { at: now, bytesReceived: bytes },
  };
}
