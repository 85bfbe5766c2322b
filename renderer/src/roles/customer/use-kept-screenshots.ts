import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ServerPayload } from '@firstline/protocol';
import type { SignallingClient } from '../../features/signalling/signalling-client';

export type KeptScreenshot = ServerPayload<'session:screenshot'>;

/**
 * The screenshots the engineer kept of the customer's screen in this session, as the server told
 * the customer of them: the customer's right to see each one (`fetchImage`, proven by the session's
 * token) and to delete it.
 */
export function useKeptScreenshots(signalling: RefObject<SignallingClient | null>, fetchImage: (screenshotId: string) => Promise<Blob>) {
  const [kept, setKept] = useState<KeptScreenshot[]>([]);
  const [deleted, setDeleted] = useState(0);
  const [failed, setFailed] = useState<'delete' | 'show' | null>(null);
  // The pictures the customer opened, as object URLs: let go when hidden, deleted or done with.
  const [images, setImages] = useState<Record<string, string>>({});
  const opened = useRef(images);
  opened.current = images;
  // Pictures on their way: asked for once however often See it is pressed, and let go on arrival
  // if the card was reset or closed meanwhile (its generation moved on).
  const loading = useRef(new Set<string>());
  const generation = useRef(0);
  useEffect(
    () => () => {
      generation.current += 1;
      Object.values(opened.current).forEach((url) => URL.revokeObjectURL(url));
    },
    [],
  );

  const hide = useCallback((screenshotId: string) => {
    const url = opened.current[screenshotId];
    if (!url) return;
    URL.revokeObjectURL(url);
    setImages(({ [screenshotId]: _gone, ...rest }) => rest);
  }, []);
  const add = useCallback(
    (shot: KeptScreenshot) => setKept((list) => [...list.filter((s) => s.screenshotId !== shot.screenshotId), shot]),
    [],
  );
  const reset = useCallback(() => {
    generation.current += 1;
    Object.keys(opened.current).forEach(hide);
    setKept([]);
    setDeleted(0);
    setFailed(null);
  }, [hide]);
  const toggle = useCallback(
    async (screenshotId: string) => {
      setFailed(null);
      if (opened.current[screenshotId]) return hide(screenshotId);
      if (loading.current.has(screenshotId)) return;
      loading.current.add(screenshotId);
      const asked = generation.current;
      try {
        const url = URL.createObjectURL(await fetchImage(screenshotId));
        if (asked !== generation.current) URL.revokeObjectURL(url);
        else setImages((shown) => ({ ...shown, [screenshotId]: url }));
      } catch {
        if (asked === generation.current) setFailed('show');
      } finally {
        loading.current.delete(screenshotId);
      }
    },
    [fetchImage, hide],
  );
  const remove = useCallback(
    async (screenshotId: string) => {
      setFailed(null);
      const answer = await signalling.current?.request('screenshot:delete', { screenshotId });
      // Already gone (an admin deleted it, or the retention period ran out) is gone all the same.
      if (answer?.ok || answer?.error.code === 'not_found') {
        hide(screenshotId);
        setKept((list) => list.filter((s) => s.screenshotId !== screenshotId));
        setDeleted((count) => count + 1);
      } else setFailed('delete');
    },
    [signalling, hide],
  );
  return { kept, deleted, failed, images, add, toggle, remove, reset };
}
