/** How many digit positions differ between two codes of the same length. */
export function digitDistance(a: string, b: string): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let differences = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differences += 1;
  return differences;
}

export const NEAR_MISS_DISTANCE = 2;
export const NEAR_MISSES_BEFORE_RETIREMENT = 10;

/**
 * Wrong claims close to a live code (a digit or two off) are attempts on that code: someone who
 * overheard most of it, or typos. After ten, the code is retired and the customer gets a new one.
 * Pure bookkeeping; returns the codes whose count just reached the limit.
 */
export function createNearMissCounter(limit = NEAR_MISSES_BEFORE_RETIREMENT, distance = NEAR_MISS_DISTANCE) {
  const counts = new Map<string, number>();
  return {
    record(attempt: string, liveCodes: Iterable<string>): string[] {
      const exhausted: string[] = [];
      for (const code of liveCodes) {
        if (code === attempt || digitDistance(code, attempt) > distance) continue;
        const count = (counts.get(code) ?? 0) + 1;
        counts.set(code, count);
        if (count >= limit) exhausted.push(code);
      }
      return exhausted;
    },
    forget(code: string): void {
      counts.delete(code);
    },
  };
}
