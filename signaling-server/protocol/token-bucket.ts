/**
 * A token bucket: bursts are fine, floods are refused. Pure, the clock injected; the signalling
 * server limits sockets and new help requests with it, and the desktop app remote-control input.
 */
export function createTokenBucket(options: { capacity: number; refillPerSecond: number; now: () => number }) {
  let tokens = options.capacity;
  let last = options.now();
  return {
    take(): boolean {
      const t = options.now();
      // A clock that steps back (an NTP correction) refills nothing rather than draining the bucket.
      tokens = Math.min(options.capacity, tokens + (Math.max(0, t - last) / 1000) * options.refillPerSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
