import { failure, type Failure } from '../../protocol';
import type { FailureGuard } from '../security/failure-guard';
import { createNearMissCounter } from './near-miss';
import type { SessionRegistry } from './session-registry';

/**
 * Guards claims by code: a client address that keeps guessing is blocked for longer each time,
 * and a code that draws ten near-miss guesses is retired. Decides; the session service acts.
 */
export function createCodeProtection(deps: { guard: FailureGuard; registry: SessionRegistry }) {
  const nearMisses = createNearMissCounter();

  return {
    async admit(address: string): Promise<Failure | null> {
      const verdict = await deps.guard.check(address);
      return verdict.allowed ? null : failure('rate_limited', `Too many wrong codes. Try again in ${verdict.retryAfterSeconds} s.`);
    },
    /** A claim named no live code: count it, and say which codes must now be retired. */
    async wrongCode(code: string, address: string): Promise<{ failure: Failure; retire: string[] }> {
      // Counted atomically: of a burst of parallel guesses, only those within the limit get an answer.
      const counted = await deps.guard.reserve(address);
      const retire = nearMisses.record(code, deps.registry.liveCodes());
      retire.forEach((c) => nearMisses.forget(c));
      if (!counted.admitted)
        return { failure: failure('rate_limited', `Too many wrong codes. Try again in ${counted.retryAfterSeconds} s.`), retire };
      if (deps.registry.isRetired(code))
        return { failure: failure('code_retired', 'This code was retired after repeated wrong attempts'), retire };
      return { failure: failure('code_invalid', 'No session waits with this code'), retire };
    },
  };
}

export type CodeProtection = ReturnType<typeof createCodeProtection>;
