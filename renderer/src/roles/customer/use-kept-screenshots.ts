import { useCallback, useState, type RefObject } from 'react';
import type { ServerPayload } from '@firstline/protocol';
import type { SignallingClient } from '../../features/signalling/signalling-client';

export type KeptScreenshot = ServerPayload<'session:screenshot'>;

/**
 * The screenshots the engineer kept of the customer's screen in this session, as the server told
 * the customer of them, and the customer's right to delete each one.
 */
export function useKeptScreenshots(signalling: RefObject<SignallingClient | null>) {
  const [kept, setKept] = useState<KeptScreenshot[]>([]);
  const [deleted, setDeleted] = useState(0);
  const [failed, setFailed] = useState(false);

  const add = useCallback(
    (shot: KeptScreenshot) => setKept((list) => [...list.filter((s) => s.screenshotId !== shot.screenshotId), shot]),
    [],
  );
  const reset = useCallback(() => {
    setKept([]);
    setDeleted(0);
    setFailed(false);
  }, []);
  const remove = useCallback(
    async (screenshotId: string) => {
      setFailed(false);
      const answer = await signalling.current?.request('screenshot:delete', { screenshotId });
      // Already gone (an admin deleted it, or the retention period ran out) is gone all the same.
      if (answer?.ok || answer?.error.code === 'not_found') {
        setKept((list) => list.filter((s) => s.screenshotId !== screenshotId));
        setDeleted((count) => count + 1);
      } else setFailed(true);
    },
    [signalling],
  );
  return { kept, deleted, failed, add, remove, reset };
}
