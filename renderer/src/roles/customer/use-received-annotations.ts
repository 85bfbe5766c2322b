import { useCallback, useMemo } from 'react';
import { createTokenBucket, type AnnotationUpdate } from '@firstline/protocol';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import { useAnnotationScene } from '../../features/annotation/use-annotation-scene';

/**
 * The engineer's pointer and drawings as they reach the customer: in the desktop app they go to
 * the overlay over the real screen; after a browser join they are drawn over this page. A flood
 * (more than 60 updates a second, after a burst) is dropped.
 */
export function useReceivedAnnotations(bridge: CustomerBridge) {
  const { scene, now, apply, reset } = useAnnotationScene();
  const bucket = useMemo(() => createTokenBucket({ capacity: 120, refillPerSecond: 60, now: Date.now }), []);
  const receive = useCallback(
    (update: AnnotationUpdate) => {
      if (!bucket.take()) return;
      if (bridge.annotations) bridge.annotations.show(update);
      else apply(update);
    },
    [bridge, bucket, apply],
  );
  const clear = useCallback(() => {
    bridge.annotations?.show(null);
    reset();
  }, [bridge, reset]);
  return { inPage: bridge.annotations === null, scene, now, receive, clear };
}
