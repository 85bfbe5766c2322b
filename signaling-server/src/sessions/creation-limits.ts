import { failure, type Failure } from '../../protocol';
import type { FailureGuard } from '../security/failure-guard';
import { createTokenBucket } from '../../protocol';

export interface CreationLimitOptions {
  /** New help requests per address per window, and the window. */
  perAddress: number;
  windowSeconds: number;
  /** New help requests per second for the whole server, and the burst it absorbs. */
  perSecond: number;
  burst: number;
}

export const DEFAULT_CREATION_LIMITS: CreationLimitOptions = { perAddress: 10, windowSeconds: 600, perSecond: 10, burst: 50 };

/**
 * Floods of help requests: a few per address (a household, an office behind one NAT), and a steady
 * rate for the whole server. Past either, the customer is told the team is busy and to try again
 * shortly; an address that keeps going is blocked for longer each time.
 */
export function createCreationLimits(deps: { guard: FailureGuard; options: CreationLimitOptions; now: () => number }) {
  const overall = createTokenBucket({ capacity: deps.options.burst, refillPerSecond: deps.options.perSecond, now: deps.now });
  const busy = (seconds: number) => failure('busy', `Too many help requests right now. Try again in ${Math.max(1, seconds)} s.`);
  return {
    async admit(address: string): Promise<Failure | null> {
      const counted = await deps.guard.reserve(address);
      if (!counted.admitted || counted.retryAfterSeconds > 0) return busy(counted.retryAfterSeconds);
      if (!overall.take()) {
        await deps.guard.release(address);
        return busy(Math.ceil(1 / deps.options.perSecond));
      }
      return null;
    },
  };
}

export type CreationLimits = ReturnType<typeof createCreationLimits>;
