import type { TimelineEvent } from '@firstline/protocol';

/** Pure: how long the engineer was in control during a session, from its timeline (granted → revoked). */
export function controlDurationMs(timeline: readonly TimelineEvent[]): number {
  let total = 0;
  let since: number | null = null;
  for (const event of timeline) {
    if (event.payload.type === 'control.granted') since = event.at;
    if (event.payload.type === 'control.revoked' && since !== null) {
      total += event.at - since;
      since = null;
    }
  }
  return total;
}
