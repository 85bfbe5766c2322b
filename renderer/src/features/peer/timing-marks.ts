/**
 * Named moments of a session, as User Timing marks carrying an epoch time with sub-millisecond
 * precision, so two pages (or a benchmark) can compare them.
 */
export type TimingMark = 'screen-track-ready' | 'first-frame';

export function markTiming(name: TimingMark): void {
  performance.mark(`firstline:${name}`, { detail: { epochMs: performance.timeOrigin + performance.now() } });
}
